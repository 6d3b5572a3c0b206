extension SignalMix {
    /// Relative weights of each kind of new event (restores are not drawn: they follow their alarm).
    public struct Weights: Sendable, Hashable {
        public var poll, periodicTest, openClose, burglary, fire, technical, holdUp: Double
        /// A dead-man device's missed check-in; only dead-man devices draw it.
        public var missedCheckIn: Double

        public init(
            poll: Double, periodicTest: Double, openClose: Double, burglary: Double, fire: Double, technical: Double, holdUp: Double,
            missedCheckIn: Double
        ) {
            (self.poll, self.periodicTest, self.openClose) = (poll, periodicTest, openClose)
            (self.burglary, self.fire, self.technical, self.holdUp) = (burglary, fire, technical, holdUp)
            self.missedCheckIn = missedCheckIn
        }

        /// A monitored fleet's traffic under load: half polls, openings and closings, a few alarms. An alarm panel
        /// polls instead of missing check-ins, hence 49 + 1: half its signals are polls.
        public static let realistic = Weights(
            poll: 49, periodicTest: 10, openClose: 30, burglary: 4, fire: 1, technical: 4, holdUp: 1, missedCheckIn: 1)

        var total: Double { poll + periodicTest + openClose + burglary + fire + technical + holdUp + missedCheckIn }

        /// The weights `panel` draws from: what it never sends by its role, and the openings and closings that
        /// its opening hours drive instead, become polls. The total is unchanged, so every kind it does send
        /// keeps its share of the panel's signals (the figures of ``demo(alarmsPerHour:alarmPanels:signalsPerMinutePerPanel:)``).
        func drawn(by panel: SimulatedPanel) -> Self {
            var weights = self
            switch panel.role {
            case .alarmPanel:
                weights.pollInstead(of: \.missedCheckIn)
                if panel.openingHours != nil { weights.pollInstead(of: \.openClose) }
            case .deadMan:
                weights.pollInstead(of: \.openClose, \.burglary, \.fire, \.technical, \.holdUp)
            }
            return weights
        }

        private mutating func pollInstead(of kinds: WritableKeyPath<Self, Double>...) {
            for kind in kinds {
                poll += self[keyPath: kind]
                self[keyPath: kind] = 0
            }
        }
    }
}

extension SignalMix.Weights {
    /// A demo station's traffic, derived from how many alarms a new operator can play in an hour.
    ///
    /// A demo is played one story at a time, so the figure is for the whole fleet: the `alarmPanels` share
    /// `alarmsPerHour` (4.5, the middle of 3 to 6). Of those alarms 30 % are technical troubles (mains or battery,
    /// each restored a few minutes later), a thirtieth fires and a thirtieth hold-ups (0.15 an hour each), and
    /// the rest burglaries. A panel sends `60 × signalsPerMinutePerPanel` signals an hour, so a kind meant to come
    /// `k` times an hour across the fleet has the probability `k / (alarmPanels × 60 × signalsPerMinutePerPanel)`
    /// per signal; the weights are those probabilities and sum to 1. A dead-man device adds one missed check-in
    /// in 8 hours (story 8), which makes 0.425 life-safety alarms an hour with the fires and hold-ups: one every
    /// 2 h 20 min. Every panel also sends a periodic test an hour, the occupants of a site without opening hours
    /// arm or disarm it four times a day, and polls fill the rest: at a signal a minute they keep every link
    /// within its supervision period, 90 s at the strictest.
    public static func demo(alarmsPerHour: Double = 4.5, alarmPanels: Int, signalsPerMinutePerPanel: Double) -> Self {
        let signalsPerHour = 60 * signalsPerMinutePerPanel
        let perAlarm = alarmsPerHour / (Double(max(1, alarmPanels)) * signalsPerHour)
        let lifeSafety = perAlarm / 30
        var weights = Self(
            poll: 0, periodicTest: 1 / signalsPerHour, openClose: 4 / (24 * signalsPerHour), burglary: perAlarm * 0.7 - 2 * lifeSafety,
            fire: lifeSafety, technical: perAlarm * 0.3, holdUp: lifeSafety, missedCheckIn: 1 / (8 * signalsPerHour))
        // At a pace too slow for these figures there is no room left for polls; the others then share the signals.
        weights.poll = max(0, 1 - weights.total)
        return weights
    }
}
