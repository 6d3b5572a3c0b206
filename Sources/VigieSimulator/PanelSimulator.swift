import Foundation
import VigieCore

/// Virtual alarm panels speaking standard DC-09 to any receiver, with a report at the end.
///
/// Each panel is one child task owning its link and counters; the panels' reports are merged when the
/// run ends. Open-loop runs give every signal a scheduled time (the total rate spread evenly over the
/// panels, staggered) and measure latency from that time, so a receiver that stalls cannot hide its
/// stall by slowing the load down.
public struct PanelSimulator: Sendable {
    public let configuration: SimulatorConfiguration
    let pause: TrafficPause
    let onAck: (@Sendable (_ account: String, _ sequence: String) -> Void)?

    /// - Parameters:
    ///   - pause: holds the mix's events back while set (the panels keep polling); scenarios ignore it.
    ///   - onAck: called with the account and sequence of every ACK received (for ``AckedLog``).
    public init(
        configuration: SimulatorConfiguration, pause: TrafficPause = TrafficPause(),
        onAck: (@Sendable (_ account: String, _ sequence: String) -> Void)? = nil
    ) {
        self.configuration = configuration
        self.pause = pause
        self.onAck = onAck
    }

    /// Connects every panel, plays the mix (or the scenario), waits for the last answers, and reports.
    /// Cancellation stops scheduling new signals.
    public func run() async -> SimulatorReport {
        let clock = ContinuousClock()
        let panels = configuration.scenario?.panels ?? configuration.panels
        let drivers = await connect(panels)
        let start = clock.now
        var report = await withTaskGroup(of: SimulatorReport.self) { group in
            for (index, driver) in drivers.enumerated() {
                group.addTask {
                    var driver = driver
                    await self.play(&driver, index: index, of: panels.count, start: start)
                    await driver.finish()
                    return driver.report
                }
            }
            return await group.reduce(into: SimulatorReport()) { $0.merge($1) }
        }
        let elapsed = clock.now - start
        report.elapsed = elapsed.timeInterval
        report.targetRate = configuration.scenario == nil ? configuration.rate : nil
        return report
    }

    /// Opens every panel's link concurrently before the clock starts, so connecting is not counted as latency.
    private func connect(_ panels: [SimulatedPanel]) async -> [PanelDriver] {
        await withTaskGroup(of: (Int, PanelDriver).self) { group in
            for (index, panel) in panels.enumerated() {
                group.addTask {
                    var driver = PanelDriver(panel: panel, configuration: configuration, onAck: onAck)
                    await driver.connect()
                    return (index, driver)
                }
            }
            var drivers: [PanelDriver?] = Array(repeating: nil, count: panels.count)
            for await (index, driver) in group { drivers[index] = driver }
            return drivers.compactMap { $0 }
        }
    }

    private func play(_ driver: inout PanelDriver, index: Int, of count: Int, start: ContinuousClock.Instant) async {
        if let scenario = configuration.scenario {
            for entry in scenario.entries where entry.account == driver.panel.account {
                let at = start + .milliseconds(Int64(entry.at * 1000))
                guard (try? await Task.sleep(until: at, clock: .continuous)) != nil else { return }
                await driver.send(entry.signal, scheduledAt: at)
            }
            return
        }
        var mix = SignalMix(for: driver.panel, weights: configuration.weights, seed: configuration.seed &+ UInt64(index))
        let end = start + configuration.duration
        guard let rate = configuration.rate, rate > 0 else {
            while ContinuousClock.now < end, !Task.isCancelled {
                await driver.send(mix.next(at: Date(), paused: pause.isPaused), scheduledAt: .now)
            }
            return
        }
        let interval = Duration.seconds(Double(count) / rate)
        var scheduled = start + interval * (Double(index) / Double(count))
        while scheduled < end {
            guard (try? await Task.sleep(until: scheduled, clock: .continuous)) != nil else { return }
            await driver.send(mix.next(at: Date(), paused: pause.isPaused), scheduledAt: scheduled)
            scheduled += interval
        }
    }
}
