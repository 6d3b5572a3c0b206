import Foundation
import VigieCore
import VigieStorePostgres
import VigieStoreSQLite

/// A way to get an empty store of one implementation; the contract suite runs over every available one.
public struct StoreFactory: Sendable {
    public var name: String
    public var make: @Sendable (_ clock: TestClock) async throws -> any Store

    public static let sqlite = StoreFactory(name: "SQLite") { clock in
        let directory = try makeTemporaryDirectory("vigie-store")
        return try SQLiteStore(path: directory.appendingPathComponent("vigie.sqlite").path, now: clock.function)
    }

    /// A store in a schema of its own in the database `url` names, so tests run side by side.
    public static func postgres(url: String) -> StoreFactory {
        StoreFactory(name: "PostgreSQL") { clock in try await TestPostgres.shared(url: url).store(now: clock.function) }
    }

    /// Every implementation this run can test: SQLite always; PostgreSQL when `VIGIE_TEST_POSTGRES_URL` is set.
    public static var all: [StoreFactory] {
        guard let url = TestPostgres.url else { return [.sqlite] }
        return [.sqlite, .postgres(url: url)]
    }
}
