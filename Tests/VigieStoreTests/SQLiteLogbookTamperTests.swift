import Foundation
import GRDB
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport

/// The logbook is evidence: SQLite refuses edits, and an edit made behind its back is found by verification.
@Suite struct SQLiteLogbookTamperTests {
    private func storeWithEntries(_ count: Int) async throws -> (SQLiteStore, String) {
        let path = try makeTemporaryDirectory().appendingPathComponent("vigie.sqlite").path
        let store = try SQLiteStore(path: path)
        for index in 1...count {
            try await store.appendLogbook(LogbookDraft(kind: .note, author: .system, summary: "entry \(index)"))
        }
        return (store, path)
    }

    @Test func refusesUpdatesAndDeletesOfLogbookRows() async throws {
        let (_, path) = try await storeWithEntries(3)
        let database = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) {
            try database.write { try $0.execute(sql: "UPDATE logbook SET summary = 'edited' WHERE seq = 2") }
        }
        #expect(throws: DatabaseError.self) {
            try database.write { try $0.execute(sql: "DELETE FROM logbook WHERE seq = 3") }
        }
    }

    @Test func verificationFindsAnEditedRow() async throws {
        let (store, path) = try await storeWithEntries(5)
        let database = try DatabaseQueue(path: path)
        try await database.write { db in
            try db.execute(sql: "DROP TRIGGER logbook_append_only_update")
            try db.execute(sql: "UPDATE logbook SET summary = 'nothing happened' WHERE seq = 3")
        }
        let result = try await store.verifyLogbook()
        #expect(result.firstBreak?.sequence == 3)
        #expect(result.firstBreak?.reason.contains("altered") == true)
        #expect(result.entriesChecked == 2)
    }

    @Test func verificationFindsADeletedRow() async throws {
        let (store, path) = try await storeWithEntries(5)
        let database = try DatabaseQueue(path: path)
        try await database.write { db in
            try db.execute(sql: "DROP TRIGGER logbook_append_only_delete")
            try db.execute(sql: "DELETE FROM logbook WHERE seq = 4")
        }
        let result = try await store.verifyLogbook()
        #expect(result.firstBreak?.sequence == 5)
        #expect(result.firstBreak?.reason.contains("missing") == true)
    }
}
