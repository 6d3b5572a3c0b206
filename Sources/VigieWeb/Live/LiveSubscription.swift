import Synchronization

/// One console's place in the live feed: a bounded buffer of batches of frames, and whether it was cut.
///
/// The feed never waits for a console (DESIGN invariant 7): when the buffer is full the console is cut, its
/// stream ends, and on reconnect it is told to reload (``LiveFrame/reset(at:)``).
final class LiveSubscription: Sendable {
    /// Batches of frames, in order; an empty batch asks for a keep-alive comment.
    let batches: AsyncStream<[LiveFrame]>
    /// The console's session, remembered when it is cut so that its next connection is told.
    let session: String
    /// The latest sequence the feed had sent when this subscription started: later frames come in `batches`.
    let head: Int64
    /// This console's previous stream was cut for reading too slowly.
    let wasCut: Bool
    private let continuation: AsyncStream<[LiveFrame]>.Continuation
    private let cut = Atomic<Bool>(false)

    init(session: String, head: Int64, wasCut: Bool, capacity: Int, onEnd: @escaping @Sendable () -> Void) {
        self.session = session
        (batches, continuation) = AsyncStream.makeStream(of: [LiveFrame].self, bufferingPolicy: .bufferingOldest(capacity))
        continuation.onTermination = { _ in onEnd() }
        self.head = head
        self.wasCut = wasCut
    }

    /// Hands a batch over; `false` when the buffer is full, after which the subscription is cut.
    func offer(_ batch: [LiveFrame]) -> Bool {
        guard !isCut else { return false }
        if case .dropped = continuation.yield(batch) {
            cut.store(true, ordering: .relaxed)
            continuation.finish()
            return false
        }
        return true
    }

    /// Asks the stream for a keep-alive comment (skipped when frames are waiting anyway).
    func keepAlive() {
        continuation.yield([])
    }

    /// The console fell behind: its stream must end now, without writing what is still buffered.
    var isCut: Bool { cut.load(ordering: .relaxed) }

    /// Ends the subscription (the console went away or the stream finished).
    func end() {
        continuation.finish()
    }
}
