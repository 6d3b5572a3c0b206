import Foundation
import GRDB
import Logging
import Testing
import VigieCore
import VigieReceivers
import VigieStore
import VigieTestSupport

/// A commit that hangs fails its batch at the deadline (the panel retries) instead of holding ingest for good.
@Suite struct IngestDeadlineTests {
    @Test func aCommitHeldUpByALockFailsAtItsDeadlineAndIngestGoesOn() async throws {
        let path = try makeTemporaryDirectory("vigie-deadline").appendingPathComponent("vigie.sqlite").path
        let store = try SQLiteStore(path: path)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let ingest = IngestQueue(store: store, commitTimeout: .milliseconds(300), logger: logger)
        // Another connection holds SQLite's write lock, as a stuck writer would: the store's commit waits on it.
        let lock = try WriteLockHolder(path: path)
        try await withRunningServices([ingest], logger: logger) {
            try lock.take()
            let draft = SignalDraft(receivedAt: Date(), receiver: "dc09", transport: .tcp, peer: "p", raw: "held", dedupeKey: "held")
            await #expect(throws: DeadlineExceeded.self) { try await ingest.submit(draft) }
            guard case .failing = ingest.progress.condition(at: .now, stallAfter: .seconds(60)) else {
                Issue.record("a failed commit must show in the ingest's health: \(ingest.progress.condition(at: .now, stallAfter: .seconds(60)))")
                return
            }
            lock.release()
            guard case .stored = try await ingest.submit(draft) else {
                Issue.record("the retry of a signal whose commit failed must be stored")
                return
            }
            #expect(ingest.progress.condition(at: .now, stallAfter: .seconds(60)) == .healthy)
            #expect(ingest.takeOutages().count == 1)
        }
        #expect(try await store.signals(query: SignalQuery()).items.map(\.signal.raw) == ["held"])
    }
}

/// Holds SQLite's write lock from a connection of its own, on a thread of its own, until released.
private final class WriteLockHolder: Sendable {
    private let queue: DatabaseQueue
    private let held = DispatchSemaphore(value: 0)
    private let released = DispatchSemaphore(value: 0)

    init(path: String) throws {
        queue = try DatabaseQueue(path: path)
    }

    func take() throws {
        let (queue, held, released) = (self.queue, self.held, self.released)
        Thread.detachNewThread {
            try? queue.write { db in
                try db.execute(sql: "CREATE TABLE IF NOT EXISTS lock_holder (x INTEGER)")
                held.signal()
                released.wait()
            }
        }
        held.wait()
    }

    func release() { released.signal() }
}
