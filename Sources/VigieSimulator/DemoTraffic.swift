import Logging
import ServiceLifecycle
import VigieProtocols

/// Keeps a demo station alive: its panels send gentle, realistic traffic to the station's own receiver
/// (polls, tests, openings and closings, now and then an alarm and its restore) until shutdown.
///
/// A `Service`: put it in the ServiceGroup after the receiver. It waits for the receiver to listen by
/// itself (panels reconnect until it does).
public struct DemoTraffic: Service {
    let simulator: PanelSimulator
    let logger: Logger

    /// - Parameters:
    ///   - port: the station's DC-09 receiver port (TCP).
    ///   - panels: the demo transmitters, with their formats, header and keys.
    ///   - signalsPerMinutePerPanel: the pace of each panel (default 1: about one poll every 100 s and a few
    ///     events an hour per site, an alarm somewhere every few minutes across 30 sites).
    public init(
        target port: Int, host: String = "127.0.0.1", panels: [SimulatedPanel], signalsPerMinutePerPanel: Double = 1,
        logger: Logger = Logger(label: "vigie.demo.traffic")
    ) {
        let configuration = SimulatorConfiguration(
            host: host, port: port, panels: panels, rate: Double(panels.count) * signalsPerMinutePerPanel / 60,
            duration: .seconds(365 * 24 * 3600), weights: .gentle, ackTimeout: .seconds(10), giveUpAfter: .seconds(60),
            seed: UInt64.random(in: 0...UInt64.max))
        simulator = PanelSimulator(configuration: configuration)
        self.logger = logger
    }

    /// The same for SIA DC-03 panels given as (account, key) pairs, on receiver 1 line 1.
    public init(target port: Int, host: String = "127.0.0.1", accounts: [(account: String, key: DC09Key?)], signalsPerMinutePerPanel: Double = 1) {
        self.init(
            target: port, host: host, panels: accounts.map { SimulatedPanel(account: $0.account, key: $0.key) },
            signalsPerMinutePerPanel: signalsPerMinutePerPanel)
    }

    public func run() async throws {
        logger.info("demo traffic started", metadata: ["panels": "\(simulator.configuration.panels.count)"])
        let report = await cancelWhenGracefulShutdown { await simulator.run() }
        logger.info("demo traffic stopped", metadata: ["acked": "\(report.acked)", "errors": "\(report.errors)"])
    }
}
