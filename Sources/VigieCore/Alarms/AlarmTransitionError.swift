/// Why a command was refused; nothing changed.
public enum AlarmTransitionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The command does not apply in this state (closing an alarm nobody took).
    case notAllowed(command: String, state: AlarmState)
    /// Another operator holds the alarm.
    case heldByAnother(holder: String)
    /// Only the holder or a supervisor may do this.
    case notHolder
    /// Required procedure steps are neither done nor skipped with a reason.
    case requiredStepsPending(count: Int)
    /// The closure code needs a comment.
    case commentRequired
    /// Only technical and supervision alarms are closed in bulk; the others one at a time.
    case notBulkClosable(category: EventCategory)

    public var description: String {
        switch self {
        case .notAllowed(let command, let state): "cannot \(command) an alarm that is \(state.rawValue)"
        case .heldByAnother(let holder): "the alarm is held by \(holder)"
        case .notHolder: "only the operator holding the alarm, or a supervisor, may do this"
        case .requiredStepsPending(let count): "\(count) required procedure step(s) are neither done nor skipped"
        case .commentRequired: "this closure code needs a comment"
        case .notBulkClosable(let category): "a \(category.rawValue) alarm is handled one at a time, not closed in bulk"
        }
    }

    /// The refusal as a console renders it in its language (``Reason``).
    public var reason: Reason {
        switch self {
        case .notAllowed: Reason("notAllowedNow", english: description)
        case .heldByAnother(let holder): Reason("heldByAnother", ["holder": holder], english: description)
        case .notHolder: Reason("notHolder", english: description)
        case .requiredStepsPending(let count): Reason("requiredStepsPending", ["count": "\(count)"], english: description)
        case .commentRequired: Reason("commentRequired", english: description)
        case .notBulkClosable: Reason("notBulkClosable", english: description)
        }
    }
}
