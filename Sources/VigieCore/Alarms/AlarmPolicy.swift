import Foundation

/// The station's alarm rules that administrators tune: priorities, test-mode exceptions, confirmation.
public struct AlarmPolicy: Codable, Sendable, Hashable {
    /// Priority of an alarm by category, higher first in the queue. Defaults follow the order:
    /// life before property, property before technical, technical before information.
    public var priorities: [EventCategory: Int]
    /// Categories that raise an alarm even when the site is on test or out of service (a real hold-up during
    /// a technician's visit must still reach an operator).
    public var testModeExceptions: Set<EventCategory>
    /// Two burglary zones within this window make a confirmed intrusion (EN 50131-9 / BS 8243: 30–60 min).
    public var confirmationWindow: TimeInterval
    /// Added to a confirmed intrusion's or hold-up's priority.
    public var confirmationBonus: Int
    /// Two hold-up triggers more than this apart, or a hold-up and a tamper within it, make a confirmed hold-up
    /// (BS 8243: 2 min).
    public var holdUpConfirmationWindow: TimeInterval = 120
    /// Added to alarms of the station's own site so that they outrank every client's.
    public var stationBonus: Int
    /// A device (a camera, its e-mails and pushes) that sends more than this many events within
    /// ``deviceFloodWindow`` is flooding: its further events join the site's open alarm, or are logged without
    /// opening one, until it calms down (``DeviceFloodWatch``). Life-safety categories are never held back.
    public var deviceFloodLimit: Int = 10
    public var deviceFloodWindow: TimeInterval = 5 * 60

    public init(
        priorities: [EventCategory: Int] = AlarmPolicy.defaultPriorities,
        testModeExceptions: Set<EventCategory> = [.holdUp, .duress, .panic, .fire, .medical],
        confirmationWindow: TimeInterval = 30 * 60, confirmationBonus: Int = 20, stationBonus: Int = 1000
    ) {
        self.priorities = priorities
        self.testModeExceptions = testModeExceptions
        self.confirmationWindow = confirmationWindow
        self.confirmationBonus = confirmationBonus
        self.stationBonus = stationBonus
    }

    public static let defaultPriorities: [EventCategory: Int] = [
        .duress: 100, .holdUp: 95, .panic: 90, .fire: 90, .medical: 85, .loneWorker: 85,
        .burglary: 60, .environmental: 55, .tamper: 50, .opening: 45, .closing: 45, .unknown: 35,
        .technical: 30, .supervision: 25, .bypass: 20, .info: 10,
    ]

    /// The priority of an alarm of `category` at a site of `risk`.
    /// - Parameter base: the priority the alarm's procedure sets (``Procedure/priority``), instead of the category's.
    public func priority(of category: EventCategory, risk: Site.RiskLevel, confirmed: Bool = false, station: Bool = false, base: Int? = nil) -> Int {
        let riskBonus = [Site.RiskLevel.low: 0, .medium: 0, .high: 3, .critical: 6][risk] ?? 0
        return (base ?? priorities[category] ?? 0) + riskBonus + (confirmed ? confirmationBonus : 0) + (station ? stationBonus : 0)
    }

    /// Categories whose events a panel sends make no alarm by themselves: its link checks and information are
    /// logged. The station's own supervision events (a lost link) are alarms (``AlarmProcessor``).
    public static let logOnlyCategories: Set<EventCategory> = [.supervision, .info]
}
