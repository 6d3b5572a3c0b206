import Foundation
import Hummingbird
import VigieCore

/// Follow-up of what was sent to a site during an alarm (``DispatchRecord``): each milestone is validated here
/// and recorded by ``AlarmHandling``, with its `alarm.dispatch` logbook entry in the same transaction.
struct DispatchController {
    let store: any Store
    let now: @Sendable () -> Date
    let handling: AlarmHandling

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("alarms/:id/dispatch") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            let record = try await request.decodeJSON(DispatchRecord.self, context: context)
            var v = Validator()
            v.optionalText(record.reference, "reference", maxLength: 60)
            v.optionalText(record.note, "note", maxLength: 500)
            try v.throwIfInvalid()
            let actor = AlarmActor(signedIn.user)
            let date = now()
            let handling = self.handling
            let alarm = try await store.updateAlarm(id: id, at: date) { alarm in
                try handling.apply(.dispatch(record), to: &alarm, by: actor, at: date)
            }
            return try Response.json(alarm)
        }
    }
}
