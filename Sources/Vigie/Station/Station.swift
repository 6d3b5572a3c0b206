import Foundation
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import UnixSignals
import VigieCore
import VigieDevices
import VigieEngine
import VigieReceivers
import VigieWeb

/// The running station: the store and the one `ServiceGroup` of every long-running part.
struct Station {
    let configuration: StationConfiguration
    let logger: Logger
    let registry: PrometheusCollectorRegistry

    /// Runs until SIGTERM or SIGINT, then stops every service in reverse order.
    /// - Parameters:
    ///   - extraServices: started after the receivers (the demo's simulated panels).
    ///   - demoTraffic: the demo's traffic switch, for the console.
    ///   - demoCameras: the demo's fake cameras, served on the console's port.
    func run(
        store: any Store, extraServices: [any Service] = [], demoTraffic: DemoTrafficSwitch? = nil, demoCameras: DemoCameraRoutes? = nil,
        onReady: @escaping @Sendable () -> Void = {}
    ) async throws {
        let directory = AccountDirectory(store: store, logger: logger)
        let faults = configuration.faults
        let ingest = IngestQueue(store: store, commitTimeout: faults.commitTimeout, logger: logger)
        let receivers = ReceiverRegistry()
        let receiver = DC09Receiver(configuration: configuration.receiver, ingest: ingest, directory: directory, registry: receivers, logger: logger)
        let mailboxes = MailboxDirectory(store: store, logger: logger)
        let eventStreams = CameraEventStreams(store: store, submit: { _ = try await ingest.submit($0) }, logger: logger)
        let library = configuration.media.library
        let engine = AlarmEngine(store: store, policy: configuration.alarms.policy, logger: logger)
        let supervision = LinkSupervisionService(store: store, submit: { _ = try await ingest.submit($0) }, logger: logger)
        // Weak: the queue keeps its listeners for good; it must not keep a stopped service alive.
        ingest.onStored { [weak supervision] batch in supervision?.stored(batch) }
        ingest.onStored { _ in engine.signalsStored() }
        // Each cache reloads for the kinds it holds; the directory reads only the transmitters that changed.
        let configurationChanged: @Sendable (ConfigurationChange) -> Void = { change in
            directory.configurationChanged(change)
            mailboxes.configurationChanged(change)
            eventStreams.configurationChanged(change)
            if change.touches(AlarmEngine.configurationKinds) { engine.configurationChanged(change) }
            if change.touches(LinkSupervisionService.configurationKinds) { supervision.configurationChanged() }
        }
        // Station-wide work runs on the one node holding the work lease (any node of a shared store).
        let keeper = LeaseKeeper(store: store, logger: logger)
        let stallAfter = faults.watchdog.stallAfter
        let hooks = StationHooks(
            receivers: { receivers.all },
            health: {
                Station.healthChecks(
                    ingest: ingest.progress.condition(at: .now, stallAfter: stallAfter), receivers: receivers.all, lease: keeper.state)
            }, demoTraffic: demoTraffic, demoCameras: demoCameras,
            liveRelay: configuration.media.liveViewMinutes > 0 ? FFmpegLiveRelay(ffmpeg: configuration.media.ffmpeg) : nil)
        let web = try await WebApplication.build(configuration: configuration.web, store: store, registry: registry, hooks: hooks, logger: logger)
        let lifecycle = StationLifecycleService(store: store, logger: logger, onReady: onReady)
        // Started in this order, stopped in reverse: the web and the receivers stop first, then ingest commits
        // what they handed over, then the engine, then the logbook records the stop.
        let timers = HandlingTimers(store: store, configuration: configuration.alarms.timers, logger: logger)
        let schedules = ScheduleWatch(store: store, logger: logger) { draft in _ = try await ingest.submit(draft) }
        ingest.onStored { schedules.stored($0) }
        let dataDirectory = configuration.dataDirectory
        var monitoring = StationMonitor.Configuration()
        monitoring.disk = faults.disk
        let monitor = StationMonitor(
            store: store,
            probes: .init(
                receiversDown: { receivers.all.filter { !$0.up }.map(\.name) },
                diskSpace: { Station.diskSpace(of: dataDirectory) },
                lastCommitDuration: { ingest.lastCommitDuration }, endedOutages: { ingest.takeOutages().map(\.wording) },
                turnedAway: { ReceiverAbuse.Counter.counts(of: receivers.all) }),
            configuration: monitoring, logger: logger
        ) { draft in _ = try await ingest.submit(draft) }
        let owned = { (service: any Service) -> any Service in LeaseOwned(service: service, keeper: keeper) }
        let shared: [any Service] =
            store.isSharedByNodes
            ? [owned(SharedSignalFeed(store: store, ingest: ingest, logger: logger))] : []
        let watchdog = IngestWatchdog(ingest: ingest, configuration: faults.watchdog, logger: logger)
        var services: [any Service] =
            [
                LogbookAnchorKeeper(store: store, file: LogbookAnchorFile(dataDirectory: dataDirectory), logger: logger), lifecycle, keeper,
                owned(engine), owned(timers), directory, ingest, watchdog,
            ]
            + [ConfigurationWatch(store: store, logger: logger, configurationChanged: configurationChanged)] + shared
            + [monitor, owned(schedules), owned(supervision), receiver]
        if configuration.smtp != nil || configuration.push != nil { services.append(mailboxes) }
        if let smtp = configuration.smtp {
            services.append(
                SMTPReceiver(configuration: smtp, ingest: ingest, directory: mailboxes, library: library, registry: receivers, logger: logger))
        }
        if let push = configuration.push {
            services.append(
                CameraPushReceiver(configuration: push, ingest: ingest, directory: mailboxes, library: library, registry: receivers, logger: logger))
        }
        services.append(owned(MediaRetention(store: store, library: library, retentionDays: configuration.media.retentionDays, logger: logger)))
        services.append(owned(CameraMediaService(store: store, library: library, source: SnapshotSource(), logger: logger)))
        if configuration.media.clipSeconds > 0 {
            let recorder = ClipRecorder(ffmpeg: configuration.media.ffmpeg, seconds: configuration.media.clipSeconds)
            services.append(owned(CameraMediaService(store: store, library: library, source: ClipSource(recorder: recorder), logger: logger)))
        }
        let verification = VerificationMediaService(store: store, library: library, logger: logger)
        ingest.onStored { [weak verification] batch in verification?.stored(batch) }
        services.append(owned(verification))
        services.append(owned(eventStreams))
        if let surGard = configuration.surGard {
            services.append(SurGardFeed(configuration: surGard, ingest: ingest, directory: directory, registry: receivers, logger: logger))
        }
        services += extraServices
        services.append(web)
        // Last, so that it hears of a shutdown first: it starts the hard deadline and gives the lease up.
        let limit = faults.shutdownTimeout + FaultSettings.cancellationGrace
        services.append(StationShutdown(keeper: keeper, deadline: ProcessDeadline(logger: logger), limit: limit + .seconds(2), logger: logger))
        var group = ServiceGroupConfiguration(
            // A service that fails (lease lost, ingest stalled) stops the others gracefully, in order, not by cancellation.
            services: services.map { .init(service: $0, failureTerminationBehavior: .gracefullyShutdownGroup) },
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
        group.maximumGracefulShutdownDuration = faults.shutdownTimeout
        try await ServiceGroup(configuration: group).run()
    }
}

extension Station {
    /// The space of the volume holding `path`, or `nil` when the system cannot tell.
    static func diskSpace(of path: String) -> DiskSpace? {
        guard let attributes = try? FileManager.default.attributesOfFileSystem(forPath: path),
            let free = (attributes[.systemFreeSize] as? NSNumber)?.int64Value, let size = (attributes[.systemSize] as? NSNumber)?.int64Value,
            size > 0
        else { return nil }
        return DiskSpace(freeBytes: free, totalBytes: size)
    }

    /// `/healthz`'s checks of the running station beside the store's: ingest committing, receivers listening,
    /// the work lease renewed.
    static func healthChecks(ingest: IngestCondition, receivers: [ReceiverStatus], lease: LeaseState) -> [HealthCheck] {
        var checks = [ingest.problem.map { .failing("ingest", $0) } ?? HealthCheck(name: "ingest", ok: true)]
        for receiver in receivers {
            checks.append(
                receiver.up ? HealthCheck(name: "receiver \(receiver.name)", ok: true) : .failing("receiver \(receiver.name)", "not listening"))
        }
        switch lease {
        case .held: checks.append(HealthCheck(name: "lease", ok: true, detail: "held: this node runs the station-wide work"))
        case .standby: checks.append(HealthCheck(name: "lease", ok: true, detail: "standby: another node holds the work lease"))
        case .failing(let reason): checks.append(.failing("lease", "not renewed: \(reason)"))
        }
        return checks
    }
}

/// Writes the station's start and stop to the logbook, so gaps in supervision are explained in the evidence.
struct StationLifecycleService: Service {
    let store: any Store
    let logger: Logger
    let onReady: @Sendable () -> Void

    /// A write that fails (a full disk) is retried until it succeeds: the station starts and runs all the same,
    /// and the start is in the logbook as soon as the store takes writes again.
    func run() async throws {
        var logged = await log(.stationStarted, "station started")
        logger.info("station started")
        onReady()
        var retry = Duration.seconds(1)
        while !logged, !Task.isShuttingDownGracefully, !Task.isCancelled {
            let wait = retry
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: wait) }
            logged = await log(.stationStarted, "station started")
            retry = min(retry * 2, .seconds(30))
        }
        try? await gracefulShutdown()
        _ = await log(.stationStopped, "station stopped")
        logger.info("station stopped")
    }

    /// Appends one entry within a deadline; a failure is logged, never thrown.
    private func log(_ kind: LogbookKind, _ summary: String) async -> Bool {
        let store = self.store
        do {
            _ = try await withDeadline(.seconds(5), "the logbook entry \(kind.rawValue)") {
                try await store.appendLogbook(LogbookDraft(kind: kind, author: .system, summary: summary))
            }
            return true
        } catch {
            logger.error("logbook entry not written", metadata: ["kind": "\(kind.rawValue)", "error": "\(error)"])
            return false
        }
    }
}
