import Logging
import ServiceLifecycle

/// Keeps a demo station alive: its panels send gentle, plausible traffic to the station's own receiver
/// (polls, tests, openings and closings at the sites' hours, a few alarms an hour and their restores) until
/// shutdown, with the weights of ``SignalMix/Weights/demo(alarmsPerHour:alarmPanels:signalsPerMinutePerPanel:)``.
///
/// A `Service`: put it in the ServiceGroup after the receiver. It waits for the receiver to listen by
/// itself (panels reconnect until it does).
public struct DemoTraffic: Service {
    let simulator: PanelSimulator
    let pause: TrafficPause
    let logger: Logger

    /// - Parameters:
    ///   - port: the station's DC-09 receiver port (TCP).
    ///   - panels: the demo transmitters, with their formats, header, keys, roles and opening hours.
    ///   - signalsPerMinutePerPanel: the pace of each panel (default 1: a signal a minute keeps every link within
    ///     its supervision period, 90 s at the strictest).
    ///   - pause: holds the events back while set; the panels keep polling.
    public init(
        target port: Int, host: String = "127.0.0.1", panels: [SimulatedPanel], signalsPerMinutePerPanel: Double = 1,
        pause: TrafficPause = TrafficPause(), logger: Logger = Logger(label: "vigie.demo.traffic")
    ) {
        let weights = SignalMix.Weights.demo(
            alarmPanels: panels.filter { $0.role == .alarmPanel }.count, signalsPerMinutePerPanel: signalsPerMinutePerPanel)
        let configuration = SimulatorConfiguration(
            host: host, port: port, panels: panels, rate: Double(panels.count) * signalsPerMinutePerPanel / 60,
            duration: .seconds(365 * 24 * 3600), weights: weights, ackTimeout: .seconds(10), giveUpAfter: .seconds(60),
            seed: UInt64.random(in: 0...UInt64.max))
        simulator = PanelSimulator(configuration: configuration, pause: pause)
        self.pause = pause
        self.logger = logger
    }

    public func run() async throws {
        logger.info("demo traffic started", metadata: ["panels": "\(simulator.configuration.panels.count)", "paused": "\(pause.isPaused)"])
        let report = await cancelWhenGracefulShutdown { await simulator.run() }
        logger.info("demo traffic stopped", metadata: ["acked": "\(report.acked)", "errors": "\(report.errors)"])
    }
}
