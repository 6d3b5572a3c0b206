import Foundation

extension Store {
    /// A lifecycle command is one alarm change among others: every store applies it through
    /// ``updateAlarm(id:at:_:)``, on the stored state and with its logbook entry in the same transaction.
    public func apply(_ command: AlarmCommand, to alarmID: UUID, by actor: AlarmActor, at date: Date, note: String?) async throws -> Alarm {
        let at = date.roundedToMilliseconds
        return try await updateAlarm(id: alarmID, at: date) { alarm in
            try alarm.lifecycle.apply(command, by: actor, at: at)
            return AlarmChangeLog.draft(for: command, alarm: alarm, by: actor, note: note)
        }
    }
}
