import Foundation
import PostgresNIO
import Synchronization
import VigieStorePostgres

/// The test run's PostgreSQL server (`VIGIE_TEST_POSTGRES_URL`, started by `scripts/test-postgres`): hands out
/// stores in fresh schemas, and keeps them running for the rest of the test process.
///
/// Each store's connection pool and listener run in a task of their own, since a contract test only gets a
/// store; its schema is dropped by the first test process that starts an hour later at most (schemas are named
/// by creation time), and the whole cluster by `scripts/test-postgres stop`.
public final class TestPostgres: Sendable {
    public static var url: String? {
        ProcessInfo.processInfo.environment["VIGIE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    private static let instances = Mutex<[String: TestPostgres]>([:])

    public static func shared(url: String) async throws -> TestPostgres {
        let (instance, isNew) = instances.withLock { instances in
            if let existing = instances[url] { return (existing, false) }
            let created = TestPostgres(url: url)
            instances[url] = created
            return (created, true)
        }
        if isNew { try await instance.dropStaleSchemas() }
        return instance
    }

    private let url: String

    private init(url: String) {
        self.url = url
    }

    /// A new, migrated store in a schema no other test uses.
    public func store(now: @escaping @Sendable () -> Date) async throws -> PostgresStore {
        try await nodes(1, now: now)[0]
    }

    /// `count` stores on one new schema, as the nodes of one station see the shared database.
    public func nodes(_ count: Int, now: @escaping @Sendable () -> Date) async throws -> [PostgresStore] {
        try await nodes(clocks: Array(repeating: now, count: count))
    }

    /// One store per clock on one new schema: nodes whose clocks disagree.
    public func nodes(clocks: [@Sendable () -> Date]) async throws -> [PostgresStore] {
        var settings = try PostgresStoreSettings(url: url)
        settings.schema = "vigie_test_\(Int(Date().timeIntervalSince1970))_\(UUID().uuidString.prefix(8).lowercased())"
        var nodes: [PostgresStore] = []
        for now in clocks {
            let store = PostgresStore(settings: settings, now: now)
            // Runs until the test process ends: a contract test gets a store, with no end to its use to wait for.
            Task { try await store.run() }
            try await store.migrate()
            nodes.append(store)
        }
        return nodes
    }

    /// Test schemas left by earlier test processes: those older than an hour are no longer in use.
    private func dropStaleSchemas() async throws {
        let client = PostgresClient(configuration: try PostgresStoreSettings(url: url).client)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            let names = try await client.query("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, 'vigie_test_')")
                .collect().map { try $0.decode(String.self) }
            let cutoff = Int(Date().timeIntervalSince1970) - 3600
            for name in names {
                guard let created = name.split(separator: "_").dropFirst(2).first.flatMap({ Int($0) }), created < cutoff else { continue }
                try await client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(name) CASCADE"))
            }
        }
    }
}
