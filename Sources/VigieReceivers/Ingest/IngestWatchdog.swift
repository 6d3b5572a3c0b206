import Logging
import Metrics
import ServiceLifecycle

/// Turns "signals waiting and no commit" into a fault: logged when it starts, then, if it lasts, an exit for
/// the process supervisor to restart the station (systemd `Restart=on-failure`).
///
/// Commits have their own deadline (``IngestQueue``); this is the last line of defence for a write that ignores
/// it, for which no amount of waiting helps: a fresh process with fresh connections does.
public struct IngestWatchdog: Service {
    public struct Configuration: Sendable {
        /// Signals waiting this long with no commit is a stall (reported by `/healthz` from then on).
        public var stallAfter: Duration = .seconds(10)
        /// A stall this long stops the station.
        public var exitAfter: Duration = .seconds(60)
        public var interval: Duration = .seconds(1)

        public init() {}
    }

    let ingest: IngestQueue
    let configuration: Configuration
    let logger: Logger
    private let stalled = Gauge(label: "vigie_ingest_stalled_seconds")

    public init(ingest: IngestQueue, configuration: Configuration = Configuration(), logger: Logger) {
        self.ingest = ingest
        self.configuration = configuration
        self.logger = logger
    }

    public func run() async throws {
        var reported = false
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.configuration.interval) }
            guard case .stalled(let duration) = ingest.progress.condition(at: .now, stallAfter: configuration.stallAfter) else {
                if reported { logger.notice("ingest commits again") }
                reported = false
                stalled.record(0)
                continue
            }
            stalled.record(Double(duration.components.seconds))
            if !reported {
                logger.error(
                    "ingest stalled: signals wait and nothing commits; panels get no ACK",
                    metadata: ["stall.seconds": "\(duration.components.seconds)"])
                reported = true
            }
            if duration >= configuration.exitAfter { throw IngestStalled(duration: duration) }
        }
    }
}

/// Ingest made no progress for too long: the station stops so that its supervisor starts it afresh.
public struct IngestStalled: Error, CustomStringConvertible {
    public var duration: Duration

    public var description: String { "no signal committed for \(duration.components.seconds) s while signals waited; stopping for a restart" }
}
