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
            // The contract belongs to the site; the alarm's site does not change, so it is read before the transaction.
            var siteContract: Int?
            if let siteID = try await store.alarm(id: id)?.siteID {
                siteContract = try await store.fetch(Site.self, id: siteID)?.entity.responseTimeMinutes
            }
            let contract = siteContract
            let alarm = try await store.updateAlarm(id: id, at: date) { alarm in
                try handling.apply(.dispatch(record, contractMinutes: contract), to: &alarm, by: actor, at: date)
            }
            return try Response.json(alarm)
        }
    }
}
