import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle
import VigieCore

/// The store for stations of several nodes: every node's `vigie serve` shares one PostgreSQL database.
///
/// A write returns once PostgreSQL has committed it (with the server's default `synchronous_commit = on`, once
/// its WAL is flushed), so receivers may acknowledge after ``ingest(_:)`` as with SQLite. Every change and its
/// logbook entry commit in one transaction that holds the logbook's head row, so nodes append to one chain.
///
/// The store is also the `Service` that runs its connection pool and the `LISTEN` that wakes ``changes`` when
/// another node commits: run it (``run()``, or ``withRunning(_:now:logger:_:)``) before using it.
public final class PostgresStore: Store, Service {
    let client: PostgresClient
    let settings: PostgresStoreSettings
    /// The station's clock; tests pass a controllable one.
    let now: @Sendable () -> Date
    let logger: Logger
    /// Woken after every commit that wrote to the logbook, here or on another node.
    public let changes = LiveHub()

    public init(settings: PostgresStoreSettings, now: @escaping @Sendable () -> Date = Date.init, logger: Logger = Logger(label: "vigie.postgres")) {
        self.settings = settings
        // The pool's own warnings include one when a query is queued before `run()` got going, which
        // `withRunning` does by design; failures reach the callers as errors anyway.
        var background = logger
        background.logLevel = max(logger.logLevel, .error)
        self.client = PostgresClient(configuration: settings.client, backgroundLogger: background)
        self.now = now
        self.logger = logger
    }

    /// Runs the connection pool and the change listener until cancelled or, in a `ServiceGroup`, shut down.
    public func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.client.run() }
            group.addTask { await self.listenForChanges() }
        }
    }

    /// Runs the store around `body` and applies pending migrations first: for commands that use the store once
    /// (`vigie migrate`, `vigie user add`) and for the station, whose services all run inside `body`.
    public static func withRunning<Result: Sendable>(
        _ settings: PostgresStoreSettings, now: @escaping @Sendable () -> Date = Date.init, logger: Logger = Logger(label: "vigie.postgres"),
        _ body: (PostgresStore) async throws -> Result
    ) async throws -> Result {
        let store = PostgresStore(settings: settings, now: now, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await store.run() }
            defer { group.cancelAll() }
            try await store.migrate()
            return try await body(store)
        }
    }

    public var isSharedByNodes: Bool { true }

    /// The current time truncated to milliseconds, the precision stored.
    var timestamp: Date { now().roundedToMilliseconds }
}
