import Foundation

/// What a shift change must leave behind: no alarm held by someone who left, and alarms handed only to someone
/// who is there.
public enum ShiftHandover {
    /// The open alarms `userID` still holds: the hand-over waits until each is released, transferred or closed,
    /// or the alarm would stay with someone gone until the dead-man check noticed.
    public static func alarmsHeld(by userID: UUID, among open: [Alarm]) -> [Alarm] {
        open.filter { $0.lifecycle.state.isOpen && $0.lifecycle.holder?.userID == userID }
    }

    /// Whether an alarm may be transferred to `user`: an active operator (or supervisor) who has taken over a
    /// shift and not handed it over (`onShift`, from ``ShiftRoster/onShift(_:)``).
    public static func canReceiveAlarms(_ user: User, onShift: [String: Date]) -> Bool {
        user.active && user.role.includes(.operator) && onShift[user.username] != nil
    }
}
