import Foundation

/// The logbook entries of alarm handling, the same for every store.
public enum AlarmChangeLog {
    struct Details: Encodable {
        var command: String
        var state: AlarmState
        var holder: String?
        var closureCode: String?
        var note: String?
    }

    public static func draft(for command: AlarmCommand, alarm: Alarm, by actor: AlarmActor, note: String?) -> LogbookDraft {
        let (verb, name) = describe(command)
        let details = Details(
            command: name, state: alarm.lifecycle.state, holder: alarm.lifecycle.holder?.name, closureCode: alarm.lifecycle.closureCode, note: note)
        return LogbookDraft(
            kind: LogbookKind(rawValue: "alarm.\(name)"), author: Author(userID: actor.userID, name: actor.name), siteID: alarm.siteID,
            alarmID: alarm.id, summary: "\(alarm.title): \(verb)" + (note.map { " — \($0)" } ?? ""), details: details)
    }

    private static func describe(_ command: AlarmCommand) -> (String, String) {
        switch command {
        case .take: ("taken", "taken")
        case .release: ("released to the queue", "released")
        case .transfer(let target): ("transferred to \(target.name)", "transferred")
        case .recordActivity: ("action recorded", "activity")
        case .dispatch: ("dispatch requested", "dispatched")
        case .awaitRestore: ("awaiting restore", "awaitingRestore")
        case .close(let code, let comment, _, _): ("closed with \(code)" + (comment.map { " (\($0))" } ?? ""), "closed")
        case .escalate: ("escalated to supervisors", "escalated")
        case .deadManRelease: ("returned to the queue: no activity from its operator", "deadManReleased")
        }
    }
}
