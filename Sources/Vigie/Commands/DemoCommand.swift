import ArgumentParser
import Foundation
import Logging
import VigieCore
import VigieProtocols
import VigieReceivers
import VigieSimulator
import VigieWeb

/// `vigie demo`: creates a demo station in a folder if there is none, then serves it.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create (if absent) and serve a demo station with French customers, sites and users.",
        discussion: """
            Takes the same flags as `serve`; the data directory defaults to ./vigie-demo. Simulated panels send a few alarms \
            an hour; SIGUSR1 pauses and resumes them (see --traffic).
            """)

    @OptionGroup var options: StationOptions

    @Option(help: "How the simulated panels start: playing, or paused (they only poll). SIGUSR1 (kill -USR1 PID) toggles it.")
    var traffic: DemoTrafficMode = .playing

    func run() async throws {
        let loaded = try await options.configuration(defaultDataDirectory: "./vigie-demo")
        let logger = Bootstrap.logging(loaded)
        let configuration = Bootstrap.descriptors(loaded, logger: logger)
        let registry = Bootstrap.metrics()
        try await Station.withStore(configuration, logger: logger) { open in
            let store = open.store
            let hasher = PasswordHasher(cost: configuration.web.bcryptCost)
            let isEmpty = try await store.listUsers(query: ListQuery(limit: 1)).total == 0
            let logins = try await DemoStation.seed(into: store, hashPassword: { try await hasher.hash($0) }, now: Date(), onlyIfEmpty: isEmpty)
            let url = "http://\(configuration.web.host == "0.0.0.0" ? "localhost" : configuration.web.host):\(configuration.web.port)/"
            let cameraHost = configuration.web.host == "0.0.0.0" ? "127.0.0.1" : configuration.web.host
            try await DemoStation.installCameras(into: store, host: "\(cameraHost):\(configuration.web.port)")
            // Simulated panels make the demo station alive: polls, tests, openings and closings, a few alarms an hour.
            let panels = DemoStation.simulatedPanels(
                transmitters: try await store.all(Transmitter.self), sites: try await store.all(Site.self),
                schedules: try await store.all(OpeningSchedule.self))
            let pause = TrafficPause(paused: traffic == .paused)
            let toggle = await DemoTrafficToggle(pause: pause, logger: logger)
            let demoTraffic = DemoTraffic(target: configuration.receiver.port, panels: panels, pause: pause, logger: logger)
            let banner = DemoCommand.banner(
                url: url, dataDirectory: configuration.dataDirectory, logins: logins, created: isEmpty, traffic: traffic,
                processID: ProcessInfo.processInfo.processIdentifier)
            let consoleSwitch = DemoTrafficSwitch(
                isPaused: { pause.isPaused },
                setPaused: { paused in
                    pause.set(paused: paused)
                    logger.info("demo traffic \(paused ? "paused" : "resumed") from the console")
                })
            try await Station(configuration: configuration, logger: logger, registry: registry).run(
                store: store, extraServices: [demoTraffic, toggle], demoTraffic: consoleSwitch, demoCameras: DemoCameraRoutes()
            ) {
                // Written unbuffered: standard output may be a pipe or a file, and the logins are needed now, not at exit.
                FileHandle.standardOutput.write(Data((banner + "\n").utf8))
            }
        }
    }

    static func banner(
        url: String, dataDirectory: String, logins: [DemoStation.Login], created: Bool, traffic: DemoTrafficMode, processID: Int32
    ) -> String {
        var lines = [
            "", "Vigie demo station \(created ? "created in" : "reopened from") \(dataDirectory)", "Console: \(url)", "",
            "Sign in as:",
        ]
        for login in logins {
            lines.append(
                "  \(login.role.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(login.username.padding(toLength: 12, withPad: " ", startingAt: 0)) \(login.password)   (\(login.displayName))"
            )
        }
        lines.append("")
        lines.append("Demo traffic \(traffic.rawValue): kill -USR1 \(processID) \(traffic == .paused ? "plays" : "pauses") it.")
        lines.append("Stop with Ctrl-C.")
        return lines.joined(separator: "\n")
    }
}
