import Foundation
import GRDB
import VigieCore

extension SQLiteStore {
    /// The same rule as on a shared store, in one statement: an embedded store has one node, which always wins,
    /// but a second process opened on the same file (a mistake) is kept out until the lease expires.
    public func acquireLease(_ name: String, holder: String, duration: TimeInterval) async throws -> Bool {
        let now = timestamp.millisecondsSince1970
        let until = now + Int64(duration * 1000)
        return try await pool.write { db in
            try String.fetchOne(
                db,
                sql: """
                    INSERT INTO lease (name, holder, expires_at) VALUES (?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                    WHERE lease.holder = excluded.holder OR lease.expires_at <= ?
                    RETURNING holder
                    """,
                arguments: [name, holder, until, now]) != nil
        }
    }

    public func releaseLease(_ name: String, holder: String) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM lease WHERE name = ? AND holder = ?", arguments: [name, holder])
        }
    }
}
