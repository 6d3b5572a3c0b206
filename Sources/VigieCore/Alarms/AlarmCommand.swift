import Foundation

/// What someone (or the station) does to an alarm; ``AlarmLifecycle/apply(_:by:at:)`` checks it is allowed.
public enum AlarmCommand: Sendable, Hashable {
    /// An operator takes the alarm from the queue; no one else can act on it until released.
    case take
    /// The holder (or a supervisor) puts it back in the queue.
    case release
    /// The holder (or a supervisor) hands it to another operator.
    case transfer(to: AlarmActor)
    /// The holder records a procedure step or a call: the alarm is now being worked on.
    case recordActivity
    /// A guard or public service was requested.
    case dispatch
    /// The handling is done; the alarm waits for the site's restore.
    case awaitRestore
    /// The holder parks it in awaiting restore with someone on site (``Parking``): released, in no one's queue.
    case park
    /// A parked alarm comes back (the restore, the guard leaving, the reminder): to the queue, or to its operator
    /// if one took it meanwhile.
    case returnFromParking
    /// Closes the alarm with a closure code.
    case close(code: String, comment: String?, commentRequired: Bool, pendingRequiredSteps: Int)
    /// Nobody took it within its priority's time: supervisors are alerted.
    case escalate
    /// The holder showed no activity for the dead-man time: the alarm goes back to the queue.
    case deadManRelease
}

/// Who acts on an alarm.
public struct AlarmActor: Codable, Sendable, Hashable {
    public var userID: UUID?
    public var name: String
    public var role: Role

    public init(userID: UUID?, name: String, role: Role) {
        self.userID = userID
        self.name = name
        self.role = role
    }

    /// The station itself (escalation, dead-man).
    public static let station = AlarmActor(userID: nil, name: "station", role: .admin)

    public init(_ user: User) {
        self.init(userID: user.id, name: user.username, role: user.role)
    }
}
