import Foundation
import Logging
import VigieCore
import VigieStorePostgres
import VigieStoreSQLite

/// The database `database.url` names: an embedded SQLite file, or a PostgreSQL database that several nodes share.
enum DatabaseLocation {
    case sqlite(path: String)
    case postgres(PostgresStoreSettings)

    init(url: String) throws {
        if url.hasPrefix("sqlite://") {
            self = .sqlite(path: String(url.dropFirst("sqlite://".count)))
        } else if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            self = .postgres(try PostgresStoreSettings(url: url))
        } else {
            throw ConfigurationError.invalid(
                key: "database.url", value: url, expected: "sqlite:///path/to/vigie.sqlite or postgres://user:password@host:port/database")
        }
    }
}

/// An open store, and the migrations its database has (for `vigie migrate` to list).
struct OpenStore: Sendable {
    let store: any Store
    let migrations: [String]
}

extension Station {
    /// Opens the store named by the configuration (creating the SQLite file's directory, applying migrations),
    /// runs `body` with it, and closes it: a PostgreSQL store's connections live as long as `body` runs.
    /// - Parameter readOnly: for commands that only read: an SQLite file is opened without any write (so that
    ///   they work on a full disk), and must exist.
    static func withStore<Result: Sendable>(
        _ configuration: StationConfiguration, readOnly: Bool = false, logger: Logger = Logger(label: "vigie.store"),
        _ body: (OpenStore) async throws -> Result
    ) async throws -> Result {
        switch try DatabaseLocation(url: configuration.databaseURL) {
        case .sqlite(let path):
            if readOnly {
                guard FileManager.default.fileExists(atPath: path) else { throw StoreOpeningError.missing(path: path) }
            } else {
                try FileManager.default.createDirectory(
                    at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
            }
            let store = try SQLiteStore(path: path, readOnly: readOnly)
            return try await body(OpenStore(store: store, migrations: try store.appliedMigrations()))
        case .postgres(let settings):
            return try await PostgresStore.withRunning(settings, logger: logger) { store in
                try await body(OpenStore(store: store, migrations: try await store.migrate()))
            }
        }
    }
}

/// A store a command cannot open as asked.
enum StoreOpeningError: Error, CustomStringConvertible {
    case missing(path: String)

    var description: String {
        switch self {
        case .missing(let path): "no database at \(path)"
        }
    }
}
