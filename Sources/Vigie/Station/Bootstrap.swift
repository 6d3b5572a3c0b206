import Foundation
import Logging
import Metrics
import Prometheus

/// Process-wide logging and metrics set-up; done once, by the commands that run the station.
enum Bootstrap {
    static func logging(level: Logger.Level, format: StationConfiguration.LogFormat) -> Logger {
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: "vigie")
        logger.logLevel = level
        return logger
    }

    static func metrics() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }
}
