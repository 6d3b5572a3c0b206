import Foundation
import GRDB
import Logging
import VigieCore

/// The embedded store: one SQLite file in WAL mode with `synchronous = FULL`, so that a write that
/// returned is on disk and survives a power cut.
public final class SQLiteStore: Store {
    let pool: DatabasePool
    /// The station's clock; tests pass a controllable one.
    let now: @Sendable () -> Date
    /// Woken after every commit that wrote to the logbook, for the live stream.
    public let changes = LiveHub()
    /// Recent dedupe keys, instead of an index on them (see ``DedupeWindow``).
    let dedupe = DedupeWindow(windowMilliseconds: Int64(SignalDeduplication.window * 1000))

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    /// - Parameter readOnly: opens an existing database without writing anything, not even migrations: for
    ///   commands that only read (`vigie logbook verify`), which must work on a full disk.
    public init(path: String, now: @escaping @Sendable () -> Date = Date.init, readOnly: Bool = false) throws {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.prepareDatabase { db in
            // FULL: each commit fsyncs the WAL, the durability that lets a receiver ACK after a write.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // 64 MiB of page cache instead of SQLite's 2 MiB: the signal indexes per account and per site take
            // inserts all over their B-trees, and every page that falls out of the cache is read back from the file
            // by the next commit that touches it.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        configuration.busyMode = .timeout(10)
        self.pool = try DatabasePool(path: path, configuration: configuration)
        self.now = now
        guard !readOnly else { return }
        try SQLiteMigrations.migrator.migrate(pool)
        try loadDedupeWindow()
        pool.add(transactionObserver: LogbookObserver(hub: changes), extent: .databaseLifetime)
    }

    /// One process owns the file: the work lease only keeps a second one, started by mistake, out.
    public var isSharedByNodes: Bool { false }

    /// The names of applied migrations, for `vigie migrate` to report.
    public func appliedMigrations() throws -> [String] {
        try pool.read { db in try SQLiteMigrations.migrator.appliedMigrations(db) }
    }

    /// The current time truncated to milliseconds, the precision stored.
    var timestamp: Date { now().roundedToMilliseconds }
}
