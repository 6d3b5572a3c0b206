import Foundation

/// The logbook entries of alarm handling, the same for every store.
public enum AlarmChangeLog {
    /// Why the station itself did it, for a console to say in its language (the note says it in English).
    public enum Cause: String, Encodable, Sendable {
        /// A station problem ended before anyone took its alarm.
        case problemEnded
        /// Parking ended: the site restored, the guard left, the reminder fell due.
        case restored, guardLeft, reminderDue
    }

    struct Details: Encodable {
        var command: String
        var state: AlarmState
        var holder: String?
        var closureCode: String?
        var closureComment: String?
        var transferredTo: String?
        var note: String?
        var cause: Cause?
    }

    public static func draft(
        for command: AlarmCommand, alarm: Alarm, by actor: AlarmActor, note: String?, cause: Cause? = nil
    ) -> LogbookDraft {
        let (verb, name, kind) = describe(command)
        var transferredTo: String?
        if case .transfer(let target) = command { transferredTo = target.name }
        let details = Details(
            command: name, state: alarm.lifecycle.state, holder: alarm.lifecycle.holder?.name, closureCode: alarm.lifecycle.closureCode,
            closureComment: alarm.lifecycle.closureComment, transferredTo: transferredTo, note: note, cause: cause)
        return LogbookDraft(
            about: alarm, kind: kind, author: Author(userID: actor.userID, name: actor.name),
            summary: "\(alarm.title): \(verb)" + (note.map { " — \($0)" } ?? ""), details: details)
    }

    /// The sentence, the command's name in the details, and the entry's kind.
    private static func describe(_ command: AlarmCommand) -> (String, String, LogbookKind) {
        switch command {
        case .take: ("taken", "taken", .alarmTaken)
        case .release: ("released to the queue", "released", .alarmReleased)
        case .transfer(let target): ("transferred to \(target.name)", "transferred", .alarmTransferred)
        case .recordActivity: ("action recorded", "activity", .alarmActivity)
        case .dispatch: ("dispatch requested", "dispatched", .alarmDispatched)
        case .awaitRestore: ("awaiting restore", "awaitingRestore", .alarmAwaitingRestore)
        case .park: ("awaiting restore, someone on site", "parked", .alarmParked)
        case .returnFromParking: ("back from awaiting restore", "returned", .alarmReturned)
        case .close(let code, let comment, _, _): ("closed with \(code)" + (comment.map { " (\($0))" } ?? ""), "closed", .alarmClosed)
        case .escalate: ("escalated to supervisors", "escalated", .alarmEscalated)
        case .deadManRelease: ("returned to the queue: no activity from its operator", "deadManReleased", .alarmDeadManReleased)
        }
    }
}
