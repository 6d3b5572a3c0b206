import Foundation
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import UnixSignals
import VigieCore
import VigieEngine
import VigieReceivers
import VigieWeb

/// The running station: the store and the one `ServiceGroup` of every long-running part.
struct Station {
    let configuration: StationConfiguration
    let logger: Logger
    let registry: PrometheusCollectorRegistry

    /// Runs until SIGTERM or SIGINT, then stops every service in reverse order.
    /// - Parameter extraServices: started after the receivers (the demo's simulated panels).
    func run(store: any Store, extraServices: [any Service] = [], onReady: @escaping @Sendable () -> Void = {}) async throws {
        let directory = AccountDirectory(store: store, logger: logger)
        let ingest = IngestQueue(store: store, logger: logger)
        let receivers = ReceiverRegistry()
        let receiver = DC09Receiver(configuration: configuration.receiver, ingest: ingest, directory: directory, registry: receivers, logger: logger)
        let engine = AlarmEngine(store: store, policy: configuration.alarms.policy, logger: logger)
        let supervision = LinkSupervisionService(store: store, ingest: ingest, logger: logger)
        ingest.onStored { _ in engine.signalsStored() }
        let configurationChanged: @Sendable () -> Void = {
            directory.configurationChanged()
            engine.configurationChanged()
            supervision.configurationChanged()
        }
        let hooks = StationHooks(receivers: { receivers.all }, configurationChanged: configurationChanged)
        let web = try await WebApplication.build(configuration: configuration.web, store: store, registry: registry, hooks: hooks, logger: logger)
        let lifecycle = StationLifecycleService(store: store, logger: logger, onReady: onReady)
        // Started in this order, stopped in reverse: the web and the receivers stop first, then ingest commits
        // what they handed over, then the engine, then the logbook records the stop.
        let timers = HandlingTimers(store: store, configuration: configuration.alarms.timers, logger: logger)
        let schedules = ScheduleWatch(store: store, logger: logger) { draft in _ = try await ingest.submit(draft) }
        ingest.onStored { schedules.stored($0) }
        let dataDirectory = configuration.dataDirectory
        let monitor = StationMonitor(
            store: store,
            probes: .init(
                receiversDown: { receivers.all.filter { !$0.up }.map(\.name) },
                freeDiskFraction: { Station.freeDiskFraction(of: dataDirectory) },
                lastCommitDuration: { ingest.lastCommitDuration }),
            logger: logger
        ) { draft in _ = try await ingest.submit(draft) }
        // Station-wide work runs on the one node holding the work lease (any node of a shared store).
        let keeper = LeaseKeeper(store: store, logger: logger)
        let owned = { (service: any Service) -> any Service in LeaseOwned(service: service, keeper: keeper) }
        let shared: [any Service] =
            Station.isShared(store)
            ? [
                SharedConfigurationWatch(store: store, logger: logger, configurationChanged: configurationChanged),
                owned(SharedSignalFeed(store: store, ingest: ingest, logger: logger)),
            ] : []
        var services: [any Service] =
            [lifecycle, keeper, owned(engine), owned(timers), directory, ingest] + shared + [monitor, owned(schedules), owned(supervision), receiver]
        if let surGard = configuration.surGard {
            services.append(SurGardFeed(configuration: surGard, ingest: ingest, directory: directory, registry: receivers, logger: logger))
        }
        services += extraServices
        services.append(web)
        let group = ServiceGroup(
            configuration: .init(
                services: services.map { .init(service: $0) },
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger))
        try await group.run()
    }
}

extension Station {
    /// The free fraction of the volume holding `path`, or `nil` when the system cannot tell.
    static func freeDiskFraction(of path: String) -> Double? {
        guard let attributes = try? FileManager.default.attributesOfFileSystem(forPath: path),
            let free = (attributes[.systemFreeSize] as? NSNumber)?.doubleValue, let size = (attributes[.systemSize] as? NSNumber)?.doubleValue,
            size > 0
        else { return nil }
        return free / size
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
