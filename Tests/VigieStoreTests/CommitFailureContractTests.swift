import Foundation
import GRDB
import PostgresNIO
import Testing
import VigieCore
import VigieTestSupport

@testable import VigieStorePostgres
@testable import VigieStoreSQLite

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

    /// On a real full file system (a tmpfs of a few megabytes): `COMMIT` fails with SQLITE_FULL when the WAL must grow,
    /// SQLite rolls back by itself, and GRDB then kept a commit hook for the next transaction that did commit. Needs
    /// root to mount (CI runs as root); elsewhere the PostgreSQL variant and the e2e full-disk test still run.
    @Test(.enabled(if: SmallFileSystem.canMount, "mounting a tmpfs needs root"))
    func sqliteForgetsTheKeysOfACommitThatFailedOnAFullDisk() async throws {
        let disk = try SmallFileSystem(megabytes: 4)
        defer { disk.unmount() }
        let clock = TestClock()
        let store = try SQLiteStore(path: disk.path + "/vigie.sqlite", now: clock.function)
        guard case .stored = try await store.ingest([draft(at: clock.now, key: "G", raw: "G")])[0] else {
            Issue.record("G not stored")
            return
        }
        try disk.fill()
        // F is bigger than the WAL so far: its commit must grow the file, and fails.
        let big = String(repeating: "F", count: 512 * 1024)
        await #expect(throws: (any Error).self) { try await store.ingest([self.draft(at: clock.now, key: "F", raw: big)]) }
        // G again: a retransmission writes nothing, so its transaction may commit even on the full disk (it did, and
        // the old hook then fired); whether it does or not, F's retransmission must never be taken for the
        // duplicate of a row that was never stored.
        _ = try? await store.ingest([draft(at: clock.now, key: "G", raw: "G")])
        if case .duplicate(let original)? = try? await store.ingest([draft(at: clock.now, key: "F", raw: big)])[0] {
            #expect(try await store.signal(id: original) != nil, "F's retry was ACKed as the duplicate of signal \(original), which is absent")
        }
        disk.free()
        let afterwards = try await store.ingest([draft(at: clock.now, key: "F", raw: big)])[0]
        if case .duplicate(let original) = afterwards {
            #expect(try await store.signal(id: original) != nil, "F was ACKed as the duplicate of signal \(original), which is absent")
        }
        #expect(try await store.signals(query: SignalQuery()).items.map(\.signal.dedupeKey) == ["F", "G"])
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
