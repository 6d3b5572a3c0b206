import Foundation
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import UnixSignals
import VigieCore
import VigieStore
import VigieWeb

/// The running station: the store and the one `ServiceGroup` of every long-running part.
struct Station {
    let configuration: StationConfiguration
    let logger: Logger
    let registry: PrometheusCollectorRegistry

    /// Opens the store named by the configuration, creating the data directory and applying migrations.
    static func openStore(_ configuration: StationConfiguration) throws -> SQLiteStore {
        let path = try configuration.sqlitePath()
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        return try SQLiteStore(path: path)
    }

    /// Runs until SIGTERM or SIGINT, then stops every service in reverse order.
    func run(store: any Store, onReady: @escaping @Sendable () -> Void = {}) async throws {
        let web = try await WebApplication.build(configuration: configuration.web, store: store, registry: registry, logger: logger)
        let lifecycle = StationLifecycleService(store: store, logger: logger, onReady: onReady)
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: lifecycle), .init(service: web)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }
}

/// Writes the station's start and stop to the logbook, so gaps in supervision are explained in the evidence.
struct StationLifecycleService: Service {
    let store: any Store
    let logger: Logger
    let onReady: @Sendable () -> Void

    func run() async throws {
        try await store.appendLogbook(LogbookDraft(kind: .stationStarted, author: .system, summary: "station started"))
        logger.info("station started")
        onReady()
        try? await gracefulShutdown()
        try await store.appendLogbook(LogbookDraft(kind: .stationStopped, author: .system, summary: "station stopped"))
        logger.info("station stopped")
    }
}
