import Foundation

extension Alarm {
    /// When the handling timers start counting for this alarm: its creation (or a worse category's takeover) while
    /// it waits untaken and not yet escalated, its holder's last action while it is held, its parking while it waits
    /// for the restore with someone on site; `nil` when no timer runs (escalated and waiting, closed).
    ///
    /// Stores keep it in a column, so that the timers read only the alarms whose clock runs instead of decoding
    /// every open alarm each second — thousands in a storm, most of them escalated and waiting. It is wall-clock
    /// time, for the record; the timers measure the delays on the monotonic clock.
    public var handlingClockStart: Date? {
        switch lifecycle.state {
        case .new: lifecycle.escalatedAt == nil ? currentSince : nil
        case .taken, .inProgress: lifecycle.holder == nil ? nil : lifecycle.lastActivityAt
        // Parked: the reminder's clock.
        case .awaitingRestore: lifecycle.holder == nil && parking?.isActive == true ? parking?.since : nil
        default: nil
        }
    }
}
