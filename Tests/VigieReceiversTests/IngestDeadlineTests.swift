import Foundation
import GRDB
import Logging
import PostgresNIO
import Testing
import VigieCore
import VigieReceivers
import VigieStoreSQLite
import VigieTestSupport

@testable import VigieStorePostgres

/// A commit that hangs fails its batch at the deadline (the panel retries) instead of holding ingest for good.
@Suite struct IngestDeadlineTests {
    private static var quietLogger: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        return logger
    }

    /// PostgreSQL: the hung commit's connection is closed at the deadline, so the batch fails at once.
    @Test(.enabled(if: TestPostgres.url != nil, "needs VIGIE_TEST_POSTGRES_URL"))
    func aPostgresCommitHeldUpByALockIsCutAtItsDeadline() async throws {
        let store = try await TestPostgres.shared(url: TestPostgres.url ?? "").store(now: Date.init)
        let ingest = IngestQueue(store: store, commitTimeout: .milliseconds(300), logger: Self.quietLogger)
        let (released, release) = AsyncStream<Void>.makeStream()
        let (locked, lockTaken) = AsyncStream<Void>.makeStream()
        try await withRunningServices([ingest], logger: Self.quietLogger) {
            try await withThrowingTaskGroup(of: Void.self) { group in
                // Another session holds the signal table, as a stuck transaction would.
                group.addTask {
                    defer { lockTaken.finish() }
                    try await store.write(logged: false) { write in
                        try await write.execute("LOCK TABLE signal IN EXCLUSIVE MODE")
                        lockTaken.yield()
                        for await _ in released { break }
                    }
                }
                defer { release.finish() }
                for await _ in locked { break }
                let draft = SignalDraft(receivedAt: Date(), receiver: "dc09", transport: .tcp, peer: "p", raw: "held", dedupeKey: "held")
                await #expect(throws: DeadlineExceeded.self) { try await ingest.submit(draft) }
                release.yield()
                try await group.waitForAll()
                // The panel retries until the server has dropped the cut transaction (it notices the closed
                // connection within `client_connection_check_interval`). If the cut batch's COMMIT had already
                // reached the server, it commits once the lock goes and the retry is a duplicate: acknowledged
                // either way, stored once either way (the last check).
                var outcome: IngestOutcome?
                for _ in 0..<50 where outcome == nil {
                    outcome = try? await ingest.submit(draft)
                    if outcome == nil { try await Task.sleep(for: .milliseconds(100)) }
                }
                #expect(outcome != nil, "the retry of a signal whose commit was cut must be acknowledged")
            }
        }
        #expect(try await store.signals(query: SignalQuery()).items.map(\.signal.raw) == ["held"])
    }

    /// SQLite finishes its busy wait (10 s) before the batch fails: the deadline is reported, and ingest goes on.
    @Test func aCommitHeldUpByALockFailsItsBatchAndIngestGoesOn() async throws {
        let path = try makeTemporaryDirectory("vigie-deadline").appendingPathComponent("vigie.sqlite").path
        let store = try SQLiteStore(path: path)
        let logger = Self.quietLogger
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
