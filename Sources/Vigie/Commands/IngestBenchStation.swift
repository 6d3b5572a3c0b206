import Foundation
import Logging
import ServiceLifecycle
import VigieCore
import VigieReceivers
import VigieStore
import VigieStorePostgres

/// The ingest path alone, in process, for `vigie bench ingest`: a fresh store (SQLite, or PostgreSQL with
/// `--database`), the account directory, the group-commit queue and a DC-09 receiver on a loopback port.
struct IngestBenchStation {
    let store: any Store
    let port: Int

    /// Creates a fresh store, SQLite in a temporary directory or, when `database` is a PostgreSQL URL, a new
    /// schema in that database (dropped afterwards), then runs the ingest path on it around `body`.
    static func run<Result: Sendable>(
        accounts: [String], database: String?, _ body: @Sendable (IngestBenchStation) async throws -> Result
    ) async throws -> Result {
        if let database {
            var settings = try PostgresStoreSettings(url: database)
            settings.schema = "vigie_bench_\(UUID().uuidString.prefix(8).lowercased())"
            return try await PostgresStore.withRunning(settings) { store in
                do {
                    let result = try await run(accounts: accounts, store: store, body)
                    try await store.dropSchema()
                    return result
                } catch {
                    try? await store.dropSchema()
                    throw error
                }
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try await run(accounts: accounts, store: try SQLiteStore(path: folder.appendingPathComponent("vigie.sqlite").path), body)
    }

    /// Configures `accounts` as transmitters of one site, runs the receiver, calls `body`, stops.
    private static func run<Result: Sendable>(
        accounts: [String], store: any Store, _ body: @Sendable (IngestBenchStation) async throws -> Result
    ) async throws -> Result {
        try await configure(accounts, in: store)

        var logger = Logger(label: "vigie.bench")
        logger.logLevel = .warning
        let directory = AccountDirectory(store: store, logger: logger)
        let ingest = IngestQueue(store: store, logger: logger)
        let receiver = DC09Receiver(
            configuration: DC09ReceiverConfiguration(name: "bench", host: "127.0.0.1", port: 0), ingest: ingest, directory: directory,
            registry: ReceiverRegistry(), logger: logger)
        let group = ServiceGroup(services: [directory, ingest, receiver], logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let port = await receiver.port()
            while directory.count < accounts.count { try await Task.sleep(for: .milliseconds(20)) }
            let result: Result
            do {
                result = try await body(IngestBenchStation(store: store, port: port))
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        }
    }

    /// One customer and site, and a SIA DC-09 transmitter on receiver 1 line 1 for each account.
    private static func configure(_ accounts: [String], in store: any Store) async throws {
        let customer = try await store.create(Customer(name: "Banc d'essai", kind: .business, phone: "04 00 00 00 00"), by: .system).entity
        let site = try await store.create(
            Site(customerID: customer.id, name: "Banc d'essai", address: PostalAddress(street: "1 rue du Test", postalCode: "69000", city: "Lyon")),
            by: .system
        ).entity
        for account in accounts {
            _ = try await store.create(
                Transmitter(siteID: site.id, account: account, receiver: "1", line: "1", wireProtocol: .dc09SIA), by: .system)
        }
    }

    /// Stored signals per account and in total, and how many were stored with an error.
    func storedCounts(accounts: [String]) async throws -> (perAccount: [String: Int], total: Int, errors: Int) {
        var perAccount: [String: Int] = [:]
        for account in accounts {
            perAccount[account] = try await store.signals(query: SignalQuery(account: account, limit: 1)).total
        }
        let total = try await store.signals(query: SignalQuery(limit: 1)).total
        let errors = try await store.signals(query: SignalQuery(errorsOnly: true, limit: 1)).total
        return (perAccount, total, errors)
    }
}
