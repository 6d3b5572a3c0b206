import Foundation
import GRDB
import PostgresNIO
import Synchronization
import Testing
import VigieCore
import VigieTestSupport

@testable import VigieStore
@testable import VigieStorePostgres

/// A batch whose `COMMIT` itself fails (a full disk, a deferred check) leaves no trace: no retransmission is ever
/// recognised unless its original row is readable. Found with a full disk: a frame's commit failed, the panel
/// retried, and the retry was ACKed as the duplicate of a row that did not exist.
@Suite struct CommitFailureContractTests {
    private func draft(at date: Date, key: String, raw: String) -> SignalDraft {
        SignalDraft(receivedAt: date, receiver: "dc09", transport: .tcp, peer: "127.0.0.1:50000", raw: raw, account: "4F21", dedupeKey: key)
    }

    /// The repro of the full disk: store G, fail F's commit, commit H, then F's retransmission must be stored.
    private func playFailedCommit(on store: any Store, clock: TestClock, failCommits: (Bool) async throws -> Void) async throws {
        guard case .stored = try await store.ingest([draft(at: clock.now, key: "G", raw: "G")])[0] else {
            Issue.record("G not stored")
            return
        }
        try await failCommits(true)
        await #expect(throws: (any Error).self) { try await store.ingest([self.draft(at: clock.now, key: "F", raw: "F")]) }
        try await failCommits(false)
        clock.advance(by: 1)
        guard case .stored = try await store.ingest([draft(at: clock.now, key: "H", raw: "H")])[0] else {
            Issue.record("H not stored")
            return
        }
        clock.advance(by: 1)
        let retry = try await store.ingest([draft(at: clock.now, key: "F", raw: "F")])[0]
        switch retry {
        case .stored: break
        case .duplicate(let original):
            let row = try await store.signal(id: original)
            Issue.record("F's retry was taken for a duplicate of signal \(original), which is \(row == nil ? "absent" : "present")")
        }
        #expect(try await store.signals(query: SignalQuery()).items.map(\.signal.raw).sorted() == ["F", "G", "H"])
    }

    @Test func sqliteForgetsTheKeysOfACommitThatFailed() async throws {
        let clock = TestClock()
        let path = try makeTemporaryDirectory("vigie-commit").appendingPathComponent("vigie.sqlite").path
        let store = try SQLiteStore(path: path, now: clock.function)
        let saboteur = CommitSaboteur()
        store.pool.add(transactionObserver: saboteur, extent: .databaseLifetime)
        try await playFailedCommit(on: store, clock: clock) { saboteur.arm($0) }
    }

    @Test(.enabled(if: TestPostgres.url != nil, "needs VIGIE_TEST_POSTGRES_URL"))
    func postgresForgetsTheKeysOfACommitThatFailed() async throws {
        let clock = TestClock()
        let store = try await TestPostgres.shared(url: TestPostgres.url ?? "").store(now: clock.function)
        // A deferred constraint trigger fails the transaction at COMMIT, as a full disk does.
        try await store.write(logged: false) { write in
            try await write.execute("CREATE TABLE sabotage (armed boolean NOT NULL)")
            try await write.execute("INSERT INTO sabotage VALUES (false)")
            try await write.execute(
                """
                CREATE FUNCTION refuse_commit() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF (SELECT armed FROM sabotage) THEN RAISE EXCEPTION 'commit refused'; END IF; RETURN NULL; END $$
                """)
            try await write.execute(
                """
                CREATE CONSTRAINT TRIGGER refuse AFTER INSERT ON signal DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW EXECUTE FUNCTION refuse_commit()
                """)
        }
        try await playFailedCommit(on: store, clock: clock) { armed in
            try await store.write(logged: false) { write in _ = try await write.execute("UPDATE sabotage SET armed = \(armed)") }
        }
    }
}

/// Fails every `COMMIT` while armed: SQLite then rolls the transaction back by itself, as on a full disk.
private final class CommitSaboteur: TransactionObserver, Sendable {
    let armed = Mutex(false)

    func arm(_ on: Bool) { armed.withLock { $0 = on } }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseWillCommit() throws {
        if armed.withLock({ $0 }) { throw DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full") }
    }
    func databaseDidCommit(_ db: Database) {}
    func databaseDidRollback(_ db: Database) {}
}
