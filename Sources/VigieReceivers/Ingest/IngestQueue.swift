import CoreMetrics
import Foundation
import Logging
import Metrics
import ServiceLifecycle
import Synchronization
import VigieCore

/// Group commit: receivers submit signals one by one and wait; a single writer stores everything that
/// piled up while the previous transaction was being committed, in one transaction and one fsync.
///
/// This is how "ACK only after a durable commit" (DESIGN invariant 1) costs little throughput: under load,
/// batches grow by themselves, so the number of fsyncs per second stays about constant.
public final class IngestQueue: Service, Sendable {
    /// One signal waiting for its commit, and who to tell the outcome (called on the writer's thread).
    struct Pending {
        var draft: SignalDraft
        var completion: @Sendable (Result<IngestOutcome, any Error>) -> Void
    }

    struct State {
        var pending: [Pending] = []
        var closed = false
        var progress = IngestProgress()
    }

    private let store: any Store
    private let maximumBatch: Int
    private let commitTimeout: Duration
    private let logger: Logger
    private let state = Mutex(State())
    private let wakeUps: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation
    private let listeners: Mutex<[@Sendable ([StoredSignal]) -> Void]> = Mutex([])
    private let lastCommit = Mutex<Duration?>(nil)
    private let failureLog = LogThrottle(period: .seconds(10))
    private let batchSizes = Recorder(label: "vigie_ingest_batch_size")
    private let commitTimer = Metrics.Timer(label: "vigie_ingest_commit_duration")

    /// - Parameters:
    ///   - maximumBatch: the most signals in one transaction, which bounds its latency.
    ///   - commitTimeout: a commit that takes longer fails its batch (panels retry) instead of holding every
    ///     signal behind it: a hung database connection must not hang ingest for good.
    public init(
        store: any Store, maximumBatch: Int = 2000, commitTimeout: Duration = .seconds(5), logger: Logger = Logger(label: "vigie.ingest")
    ) {
        self.store = store
        self.maximumBatch = maximumBatch
        self.commitTimeout = commitTimeout
        self.logger = logger
        (wakeUps, wake) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Stores `draft` and returns once it is durably committed (or recognised as a retransmission).
    /// - Throws: ``IngestError/stopped`` after shutdown, or the store's error: the caller must not acknowledge.
    public func submit(_ draft: SignalDraft) async throws -> IngestOutcome {
        try await withCheckedThrowingContinuation { continuation in
            enqueue(draft) { continuation.resume(with: $0) }
        }
    }

    /// Stores `draft` and calls `completion` once it is durably committed, from the writer's thread: a receiver
    /// on an event loop answers from there without a task per connection. Completions come in submission order.
    public func enqueue(_ draft: SignalDraft, completion: @escaping @Sendable (Result<IngestOutcome, any Error>) -> Void) {
        let now = ContinuousClock.now
        let accepted = state.withLock { state in
            guard !state.closed else { return false }
            state.pending.append(Pending(draft: draft, completion: completion))
            state.progress.enqueued(at: now)
            return true
        }
        if accepted { wake.yield() } else { completion(.failure(IngestError.stopped)) }
    }

    /// Whether commits are making progress, for `/healthz` and the watchdog.
    public var progress: IngestProgress { state.withLock { $0.progress } }

    /// The runs of failed commits that ended since the last call, for the station monitor to record once.
    public func takeOutages() -> [IngestOutage] { state.withLock { $0.progress.takeOutages() } }

    /// How long the last durable commit took, for station self-monitoring.
    public var lastCommitDuration: Duration? { lastCommit.withLock { $0 } }

    /// Called with every batch of newly stored signals, after the commit (the alarm engine's in-process feed).
    public func onStored(_ listener: @escaping @Sendable ([StoredSignal]) -> Void) {
        listeners.withLock { $0.append(listener) }
    }

    /// Hands signals committed by another node of a shared store to the listeners, as if stored here, so that
    /// the station-wide services this node runs hear of them.
    public func announce(_ stored: [StoredSignal]) {
        for listener in listeners.withLock({ $0 }) { listener(stored) }
    }

    public func run() async throws {
        for await _ in wakeUps.cancelOnGracefulShutdown() {
            await drain()
        }
        // Graceful shutdown: refuse new signals, then commit what receivers already handed over.
        state.withLock { $0.closed = true }
        await drain()
    }

    private func drain() async {
        while true {
            let batch: [Pending] = state.withLock { state in
                let count = min(state.pending.count, maximumBatch)
                defer { state.pending.removeFirst(count) }
                return Array(state.pending.prefix(count))
            }
            guard !batch.isEmpty else { return }
            await commit(batch)
        }
    }

    private func commit(_ batch: [Pending]) async {
        batchSizes.record(batch.count)
        let started = ContinuousClock.now
        let drafts = batch.map(\.draft)
        let store = self.store
        do {
            let outcomes = try await withDeadline(commitTimeout, "the commit of \(batch.count) signals") { try await store.ingest(drafts) }
            let finished = ContinuousClock.now
            commitTimer.record(duration: finished - started)
            lastCommit.withLock { $0 = finished - started }
            state.withLock { $0.progress.committed(at: finished, stillWaiting: !$0.pending.isEmpty) }
            var stored: [StoredSignal] = []
            for (pending, outcome) in zip(batch, outcomes) {
                if case .stored(let id) = outcome { stored.append(StoredSignal(id: id, signal: pending.draft)) }
                pending.completion(.success(outcome))
            }
            if !stored.isEmpty { announce(stored) }
        } catch {
            let failed = ContinuousClock.now
            let firstOfRun = state.withLock { state in
                defer { state.progress.failed(at: failed, date: Date(), reason: "\(error)", stillWaiting: !state.pending.isEmpty) }
                return state.progress.failure == nil
            }
            // A full disk fails every batch: one line when it starts, then one every ten seconds, not thousands.
            if failureLog.allows(now: failed) || firstOfRun {
                logger.error("ingest commit failed; signals not acknowledged", metadata: ["error": "\(error)", "batch": "\(batch.count)"])
            }
            for pending in batch { pending.completion(.failure(error)) }
        }
    }
}

/// Why a signal was not taken.
public enum IngestError: Error, Hashable, Sendable {
    /// The station is shutting down; the panel will retry against the next start or the backup.
    case stopped
}
