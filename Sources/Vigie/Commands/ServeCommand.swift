import ArgumentParser
import Foundation
import Logging
import VigieWeb

/// `vigie serve`: runs the station until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the station: console, API and every service.",
        discussion: "Configuration comes from flags, then VIGIE_* environment variables, then the --config JSON file (see docs/configuration.md).")

    @OptionGroup var options: StationOptions

    func run() async throws {
        let loaded = try await options.configuration()
        let logger = Bootstrap.logging(loaded)
        let configuration = Bootstrap.descriptors(loaded, logger: logger)
        let registry = Bootstrap.metrics()
        try await Station.withStore(configuration, logger: logger) { open in
            logger.info("serving", metadata: ["http.host": "\(configuration.web.host)", "http.port": "\(configuration.web.port)"])
            try await Station(configuration: configuration, logger: logger, registry: registry).run(store: open.store)
        }
    }
}
