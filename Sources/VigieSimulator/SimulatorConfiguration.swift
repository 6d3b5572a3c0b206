/// What a simulator run does: where to send, which panels, how fast, for how long, and how panels retry.
public struct SimulatorConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var panels: [SimulatedPanel]
    /// Total signals per second spread evenly over the panels (open loop: each signal has a scheduled time,
    /// whatever the receiver does); `nil` runs closed loop, each panel sending its next signal as soon as the
    /// previous one is answered, to find the receiver's maximum throughput.
    public var rate: Double?
    /// How long new signals are scheduled; in-flight signals are then finished.
    public var duration: Duration
    public var transport: SimulatorTransport
    public var weights: SignalMix.Weights
    /// How long a panel waits for an answer before it retransmits.
    public var ackTimeout: Duration
    /// How long a panel keeps retrying one signal (reconnecting as needed) before giving it up.
    public var giveUpAfter: Duration
    /// Seeds the per-panel mixes, so a run's traffic can be reproduced.
    public var seed: UInt64
    /// When set, the panels play this script instead of the mix, and `rate`/`duration` are ignored.
    public var scenario: Scenario?

    public init(
        host: String = "127.0.0.1", port: Int, panels: [SimulatedPanel], rate: Double? = 100, duration: Duration = .seconds(10),
        transport: SimulatorTransport = .tcp, weights: SignalMix.Weights = .realistic, ackTimeout: Duration = .seconds(5),
        giveUpAfter: Duration = .seconds(60), seed: UInt64 = 0x5649_4749_45, scenario: Scenario? = nil
    ) {
        self.host = host
        self.port = port
        self.panels = panels
        self.rate = rate
        self.duration = duration
        self.transport = transport
        self.weights = weights
        self.ackTimeout = ackTimeout
        self.giveUpAfter = giveUpAfter
        self.seed = seed
        self.scenario = scenario
    }
}
