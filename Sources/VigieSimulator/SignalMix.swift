import Foundation
import VigieProtocols

/// The realistic traffic of one panel: mostly polls, periodic tests and openings/closings, now and then an
/// alarm or a trouble, each followed a little later by its restore.
///
/// A value type with its own seeded generator, so each panel task owns one and no state is shared. What the
/// panel sends follows its role (a dead-man device only tests its link and misses a check-in now and then),
/// and a panel with opening hours opens and closes at those hours instead of at random.
public struct SignalMix: Sendable {
    let panel: SimulatedPanel
    /// The weights this panel draws from (see ``Weights/drawn(by:)``).
    let weights: Weights
    private var random: SplitMix64
    private var armed = true
    private var pendingRestores: [MixEvent] = []

    public init(for panel: SimulatedPanel, weights: Weights = .realistic, seed: UInt64) {
        self.panel = panel
        self.weights = weights.drawn(by: panel)
        random = SplitMix64(seed: seed)
    }

    /// The panel's next message at `date`, written in its format.
    ///
    /// - Parameter paused: holds every drawn event back (``TrafficPause``): the panel polls, and still opens and
    ///   closes at its opening hours, so that a paused station raises no alarm at all.
    public mutating func next(at date: Date, paused: Bool = false) -> PanelSignal {
        let event = nextEvent(at: date, paused: paused)
        if event == .poll { return .poll }
        switch panel.format {
        case .sia: return PanelSignal(token: .siaDCS, data: "#\(panel.account)|\(event.sia)")
        case .contactID: return PanelSignal(token: .admCID, data: "#\(panel.account)|\(event.contactID)")
        }
    }

    mutating func nextEvent(at date: Date, paused: Bool) -> MixEvent {
        // The first signal after the site opens disarms it, the first after it closes arms it: well within any
        // schedule's tolerance at a signal a minute.
        if panel.role == .alarmPanel, let hours = panel.openingHours, hours.isOpen(at: date) == armed {
            return toggleArmed()
        }
        if paused { return .poll }
        if !pendingRestores.isEmpty, random.unit() < 0.4 {
            return pendingRestores.removeFirst()
        }
        let event = drawNew()
        if let restore = event.restore { pendingRestores.append(restore) }
        return event
    }

    /// Walks the cumulative weights; no allocation, as this runs for every simulated signal. Polls come last:
    /// they take whatever rounding leaves, and every panel sends them.
    private mutating func drawNew() -> MixEvent {
        var draw = random.unit() * weights.total
        if draw < weights.periodicTest { return .periodicTest }
        draw -= weights.periodicTest
        if draw < weights.openClose { return toggleArmed() }
        draw -= weights.openClose
        if draw < weights.burglary { return .burglary(zone: Int(random.below(16)) + 1, restore: false) }
        draw -= weights.burglary
        if draw < weights.fire { return .fire(zone: Int(random.below(4)) + 1, restore: false) }
        draw -= weights.fire
        if draw < weights.technical { return random.below(2) == 0 ? .mainsFailure(restore: false) : .lowBattery(restore: false) }
        draw -= weights.technical
        if draw < weights.holdUp { return .holdUp(zone: Int(random.below(4)) + 1, restore: false) }
        draw -= weights.holdUp
        if draw < weights.missedCheckIn, case .deadMan(let zone) = panel.role { return .missedCheckIn(zone: zone) }
        return .poll
    }

    /// A user (1 to 20) arms a disarmed site or disarms an armed one.
    private mutating func toggleArmed() -> MixEvent {
        armed.toggle()
        let user = Int(random.below(20)) + 1
        return armed ? .closing(user: user) : .opening(user: user)
    }
}
