import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    /// One statement, so that two nodes asking at once cannot both win: the row is taken when absent, renewed by
    /// its holder, or taken over once it has expired.
    public func acquireLease(_ name: String, holder: String, duration: TimeInterval) async throws -> Bool {
        let now = timestamp.millisecondsSince1970
        let until = now + Int64(duration * 1000)
        return try await write(logged: false) { write in
            try await !write.execute(
                """
                INSERT INTO lease (name, holder, expires_at) VALUES (\(name), \(holder), \(until))
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE lease.holder = excluded.holder OR lease.expires_at <= \(now)
                RETURNING holder
                """
            ).isEmpty
        }
    }

    public func releaseLease(_ name: String, holder: String) async throws {
        try await write(logged: false) { write in
            try await write.execute("DELETE FROM lease WHERE name = \(name) AND holder = \(holder)")
        }
    }
}
