import Foundation

/// When an operator may watch a site's cameras live: only for an alarm, from its opening until `duration` after its
/// latest event (a new event of the same alarm extends it), and never once the alarm is closed. Outside it, the
/// station relays no picture, whoever asks (CNIL, APSAD R31: a remote-surveillance operator looks at a client's
/// premises because of an alarm, for the time needed to verify it).
public struct LiveViewWindow: Sendable, Hashable {
    public var duration: TimeInterval

    public init(minutes: Int = 10) {
        duration = TimeInterval(minutes * 60)
    }

    /// The moment the window of `alarm` ends.
    public func end(of alarm: Alarm) -> Date {
        alarm.lastEventAt.addingTimeInterval(duration)
    }

    /// Whether `alarm` may be watched live at `date`.
    public func isOpen(for alarm: Alarm, at date: Date) -> Bool {
        alarm.lifecycle.state != .closed && date >= alarm.createdAt && date < end(of: alarm)
    }
}
