import VigieProtocols

/// The realistic traffic of one panel: mostly polls, periodic tests and openings/closings, now and then an
/// alarm or a trouble, each followed a little later by its restore.
///
/// A value type with its own seeded generator, so each panel task owns one and no state is shared.
public struct SignalMix: Sendable {
    /// Relative weights of each kind of new event (restores are not drawn: they follow their alarm).
    public struct Weights: Sendable, Hashable {
        public var poll, periodicTest, openClose, burglary, fire, technical, holdUp: Double

        public init(poll: Double, periodicTest: Double, openClose: Double, burglary: Double, fire: Double, technical: Double, holdUp: Double) {
            (self.poll, self.periodicTest, self.openClose) = (poll, periodicTest, openClose)
            (self.burglary, self.fire, self.technical, self.holdUp) = (burglary, fire, technical, holdUp)
        }

        /// A monitored fleet's traffic: half polls, openings and closings, a few alarms.
        public static let realistic = Weights(poll: 50, periodicTest: 10, openClose: 30, burglary: 4, fire: 1, technical: 4, holdUp: 1)
        /// A demo station's traffic: the same, with fewer alarms so operators are not flooded.
        public static let gentle = Weights(poll: 60, periodicTest: 10, openClose: 27, burglary: 1.5, fire: 0.3, technical: 1, holdUp: 0.2)

        var total: Double { poll + periodicTest + openClose + burglary + fire + technical + holdUp }
    }

    var weights: Weights
    private var random: SplitMix64
    private var armed = true
    private var pendingRestores: [MixEvent] = []

    public init(weights: Weights = .realistic, seed: UInt64) {
        self.weights = weights
        random = SplitMix64(seed: seed)
    }

    /// The panel's next message, written in its format.
    public mutating func next(for panel: SimulatedPanel) -> PanelSignal {
        let event = nextEvent()
        if event == .poll { return .poll }
        switch panel.format {
        case .sia: return PanelSignal(token: .siaDCS, data: "#\(panel.account)|\(event.sia)")
        case .contactID: return PanelSignal(token: .admCID, data: "#\(panel.account)|\(event.contactID)")
        }
    }

    mutating func nextEvent() -> MixEvent {
        if !pendingRestores.isEmpty, random.unit() < 0.4 {
            return pendingRestores.removeFirst()
        }
        let event = drawNew()
        if let restore = event.restore { pendingRestores.append(restore) }
        return event
    }

    /// Walks the cumulative weights; no allocation, as this runs for every simulated signal.
    private mutating func drawNew() -> MixEvent {
        var draw = random.unit() * weights.total
        if draw < weights.poll { return .poll }
        draw -= weights.poll
        if draw < weights.periodicTest { return .periodicTest }
        draw -= weights.periodicTest
        if draw < weights.openClose {
            armed.toggle()
            let user = Int(random.below(20)) + 1
            return armed ? .closing(user: user) : .opening(user: user)
        }
        draw -= weights.openClose
        if draw < weights.burglary { return .burglary(zone: Int(random.below(16)) + 1, restore: false) }
        draw -= weights.burglary
        if draw < weights.fire { return .fire(zone: Int(random.below(4)) + 1, restore: false) }
        draw -= weights.fire
        if draw < weights.technical { return random.below(2) == 0 ? .mainsFailure(restore: false) : .lowBattery(restore: false) }
        return .holdUp(zone: Int(random.below(4)) + 1, restore: false)
    }
}

/// A small, fast, seedable generator (Steele, Lea, Flood 2014), so a run's traffic can be reproduced.
struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A uniform value in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func below(_ bound: UInt64) -> UInt64 { next() % bound }
}
