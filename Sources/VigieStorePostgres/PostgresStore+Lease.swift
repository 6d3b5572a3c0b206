import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    /// One statement, so that two nodes asking at once cannot both win: the row is taken when absent, renewed by
    /// its holder, or taken over once it has expired. Expiry is reckoned on the database server's clock, the one
    /// clock every node shares: a node whose own clock runs ahead must not see a live lease as expired.
    public func acquireLease(_ name: String, holder: String, duration: TimeInterval) async throws -> Bool {
        let milliseconds = Int64(duration * 1000)
        return try await write(logged: false) { write in
            try await !write.execute(
                """
                WITH server AS (SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now)
                INSERT INTO lease (name, holder, expires_at) SELECT \(name), \(holder), server.now + \(milliseconds) FROM server
                ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
                WHERE lease.holder = excluded.holder OR lease.expires_at <= (SELECT now FROM server)
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
