import Synchronization

/// Tells live consoles that the logbook grew, without ever making the writer wait.
///
/// Each subscriber gets a stream that holds at most one pending wake-up: a slow browser misses nothing (it
/// reads the logbook from where it stopped) and costs the writer nothing (DESIGN invariant 7).
public final class LiveHub: Sendable {
    private let subscribers = Mutex<[Int: AsyncStream<Void>.Continuation]>([:])
    private let nextID = Atomic<Int>(0)
    private let notifications = Atomic<Int>(0)

    public init() {}

    /// Wakes every subscriber; never blocks.
    public func notify() {
        notifications.add(1, ordering: .sequentiallyConsistent)
        for continuation in subscribers.withLock({ Array($0.values) }) { continuation.yield() }
    }

    /// A stream of wake-ups, which ends the subscription when its consumer goes away.
    public func subscribe() -> AsyncStream<Void> {
        let id = nextID.wrappingAdd(1, ordering: .relaxed).newValue
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        continuation.onTermination = { [weak self] _ in self?.subscribers.withLock { _ = $0.removeValue(forKey: id) } }
        subscribers.withLock { $0[id] = continuation }
        return stream
    }

    /// How many times the logbook grew so far: a reader that saw this count unchanged has nothing new to read.
    public var generation: Int { notifications.load(ordering: .sequentiallyConsistent) }

    public var subscriberCount: Int { subscribers.withLock { $0.count } }
}
