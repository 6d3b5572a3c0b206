import Foundation

extension Store {
    /// A lifecycle command (take, release, transfer, escalate, dead-man) is one alarm change among others: it is
    /// decided by ``AlarmHandling`` on the stored state, with its logbook entry in the same transaction.
    public func apply(_ command: AlarmCommand, to alarmID: UUID, by actor: AlarmActor, at date: Date, note: String?) async throws -> Alarm {
        let handling = AlarmHandling()
        return try await updateAlarm(id: alarmID, at: date) { alarm in
            try handling.apply(.lifecycle(command, note: note), to: &alarm, by: actor, at: date)
        }
    }
}
