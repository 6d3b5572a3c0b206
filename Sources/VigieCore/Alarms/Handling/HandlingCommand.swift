/// Everything an operator, a supervisor or the station's timers do to an alarm, with what
/// ``AlarmHandling/apply(_:to:by:at:)`` needs to decide (gathered by the caller, read from the store).
public enum HandlingCommand: Sendable {
    /// A change of the lifecycle alone: take, release, transfer, escalate, dead-man release.
    case lifecycle(AlarmCommand, note: String? = nil)
    /// The outcome of procedure step `index`, or its skipping with a reason. `holdUp` is the procedure to switch
    /// to if the outcome is a duress word.
    case step(index: Int, outcome: StepOutcome?, skippedReason: String?, holdUp: Procedure?)
    /// A dispatch milestone (guard or public service requested, on site, gone), with the site's contractual time
    /// for a guard to arrive, if it has one.
    case dispatch(DispatchRecord, contractMinutes: Int? = nil)
    /// Parks the alarm in awaiting restore with `onSite` on site, back in `reminderMinutes` at the latest.
    case park(onSite: String, note: String?, reminderMinutes: Int)
    /// A parked alarm comes back (the station: its reminder fell due).
    case returnFromParking(Parking.End)
    /// Closes with `code`, if the required steps are done or skipped.
    case close(ClosureCode, comment: String?)
    /// A supervisor's closure of a technical alarm among many (a storm): the required steps still pending are
    /// skipped with `comment` as their reason, then the alarm is closed with `code`.
    case closeInBulk(ClosureCode, comment: String)
}
