import Foundation
import Logging
import NIOCore
import NIOPosix
import Prometheus
import ServiceLifecycle
import VigieCore
import VigieEngine
import VigieReceivers
import VigieStorePostgres
import VigieStoreSQLite
import VigieWeb

/// The ingest path in process, for `vigie bench ingest`: a fresh store (SQLite, or PostgreSQL with
/// `--database`), the account directory, the group-commit queue and a DC-09 receiver on a loopback port; for
/// `vigie bench live` also the alarm engine and the web server with its live stream.
struct IngestBenchStation {
    let store: any Store
    let port: Int
    /// The web server's port when the station runs `live`.
    let webPort: Int?

    /// The user the live bench signs in as.
    static let user = (name: "bench", password: "bench-password-2026")

    /// Creates a fresh store, SQLite in a temporary directory or, when `database` is a PostgreSQL URL, a new
    /// schema in that database (dropped afterwards), then runs the ingest path on it around `body`.
    static func run<Result: Sendable>(
        accounts: [String], database: String?, live: Bool = false, _ body: @Sendable (IngestBenchStation) async throws -> Result
    ) async throws -> Result {
        if let database {
            var settings = try PostgresStoreSettings(url: database)
            settings.schema = "vigie_bench_\(UUID().uuidString.prefix(8).lowercased())"
            return try await PostgresStore.withRunning(settings) { store in
                do {
                    let result = try await run(accounts: accounts, store: store, live: live, body)
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
        return try await run(accounts: accounts, store: try SQLiteStore(path: folder.appendingPathComponent("vigie.sqlite").path), live: live, body)
    }

    /// Configures `accounts` as transmitters, one site each, runs the services, calls `body`, stops.
    private static func run<Result: Sendable>(
        accounts: [String], store: any Store, live: Bool, _ body: @Sendable (IngestBenchStation) async throws -> Result
    ) async throws -> Result {
        try await configure(accounts, in: store)

        var logger = Logger(label: "vigie.bench")
        logger.logLevel = .warning
        let directory = AccountDirectory(store: store, logger: logger)
        let ingest = IngestQueue(store: store, logger: logger)
        let receiver = DC09Receiver(
            configuration: DC09ReceiverConfiguration(name: "bench", host: "127.0.0.1", port: 0), ingest: ingest, directory: directory,
            registry: ReceiverRegistry(), logger: logger)
        var services: [any Service] = [directory, ingest, receiver]
        var webPort: Int?
        if live {
            let engine = AlarmEngine(store: store, logger: logger)
            ingest.onStored { _ in engine.signalsStored() }
            let port = try await freeLoopbackPort()
            _ = try await store.createUser(
                User(username: user.name, displayName: "Bench", role: .supervisor),
                passwordHash: try await PasswordHasher(cost: 4).hash(user.password), by: .system)
            let web = try await WebApplication.build(
                configuration: WebConfiguration(port: port, bcryptCost: 4), store: store, registry: PrometheusCollectorRegistry(),
                hooks: StationHooks(), logger: logger)
            services += [engine, web]
            webPort = port
        }
        let group = ServiceGroup(services: services, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            let port = await receiver.port()
            while directory.count < accounts.count { try await Task.sleep(for: .milliseconds(20)) }
            let result: Result
            do {
                result = try await body(IngestBenchStation(store: store, port: port, webPort: webPort))
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        }
    }

    /// One customer; for each account a site and a SIA DC-09 transmitter on receiver 1 line 1, so that each
    /// panel's alarms are its own (one import, one transaction).
    private static func configure(_ accounts: [String], in store: any Store) async throws {
        let customer = Customer(name: "Banc d'essai", kind: .business, phone: "04 00 00 00 00")
        var entities: [any ConfigEntity] = [customer]
        for account in accounts {
            let site = Site(
                customerID: customer.id, name: "Banc d'essai \(account)",
                address: PostalAddress(street: "1 rue du Test", postalCode: "69000", city: "Lyon"))
            entities += [site, Transmitter(siteID: site.id, account: account, receiver: "1", line: "1", wireProtocol: .dc09SIA)]
        }
        _ = try await store.importConfiguration(entities, by: .system)
    }

    /// A loopback port nobody listens on now (the web server binds it a moment later).
    private static func freeLoopbackPort() async throws -> Int {
        let probe = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        defer { probe.close(promise: nil) }
        guard let port = probe.localAddress?.port else { throw BenchError("no free loopback port") }
        return port
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
