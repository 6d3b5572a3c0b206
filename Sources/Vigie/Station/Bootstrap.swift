import Foundation
import Logging
import Metrics
import Prometheus
import VigieReceivers
import VigieWeb

/// Process-wide logging and metrics set-up; done once, by the commands that run the station.
enum Bootstrap {
    /// Sets up logging as configured, and says which `VIGIE_*` variables it ignored: a misspelt one would
    /// otherwise leave a setting at its default without a word.
    static func logging(_ configuration: StationConfiguration) -> Logger {
        let (level, format) = (configuration.logLevel, configuration.logFormat)
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                format == .json ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var logger = Logger(label: "vigie")
        logger.logLevel = level
        for (variable, meant) in configuration.ignoredVariables {
            var metadata: Logger.Metadata = ["variable": "\(variable)"]
            if let meant { metadata["meant"] = "\(meant)" }
            logger.warning("environment variable ignored: it names no configuration key (docs/configuration.md)", metadata: metadata)
        }
        return logger
    }

    /// Raises the open-file limit and fits the receiver's and HTTP's connection caps under it, with a reserve for the
    /// database and logs; logs the figures, so an administrator sees why a cap is lower than configured.
    static func descriptors(_ loaded: StationConfiguration, logger: Logger) -> StationConfiguration {
        var configuration = loaded
        let budget = DescriptorBudget(
            limit: DescriptorBudget.raiseOpenFileLimit(), configured: configuration.receiver.maximumConnections,
            configuredHTTP: configuration.web.maximumConnections)
        let metadata: Logger.Metadata = [
            "limit": "\(budget.limit)", "reserve": "\(budget.reserve)", "configured": "\(configuration.receiver.maximumConnections)",
            "receiver.maximumConnections": "\(budget.receiverConnections)", "http.maximumConnections": "\(budget.httpConnections)",
        ]
        if budget.receiverConnections < configuration.receiver.maximumConnections || budget.httpConnections < configuration.web.maximumConnections {
            logger.warning("connection caps lowered to fit the open-file limit", metadata: metadata)
        } else {
            logger.info("open-file limit", metadata: metadata)
        }
        configuration.receiver.maximumConnections = budget.receiverConnections
        configuration.web.maximumConnections = budget.httpConnections
        return configuration
    }

    static func metrics() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }
}
