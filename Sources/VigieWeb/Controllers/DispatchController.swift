import Foundation
import Hummingbird
import VigieCore

/// Follow-up of what was sent to a site during an alarm: a guard, the police, the fire brigade, an ambulance,
/// each requested, then on site, then gone.
///
/// Each milestone is one `alarm.dispatch` logbook entry, written in the same transaction as the alarm's change,
/// with the service, milestone and reference in its details: the console rebuilds the dispatch board (and the
/// guard's response time against the site's contract) from the alarm's logbook, so no new table is needed.
struct DispatchController {
    let store: any Store
    let now: @Sendable () -> Date

    enum Service: String, Codable, CaseIterable {
        case guardCompany = "guard", police, fire, ambulance
    }

    enum Milestone: String, Codable, CaseIterable {
        case requested, onSite, left
    }

    struct DispatchRequest: Codable {
        var service: Service
        var milestone: Milestone
        /// The guard company's or public service's reference (*numéro d'intervention*).
        var reference: String?
        var note: String?
    }

    static let logbookKind: LogbookKind = "alarm.dispatch"

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("alarms/:id/dispatch") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            let body = try await request.decodeJSON(DispatchRequest.self, context: context)
            var v = Validator()
            v.optionalText(body.reference, "reference", maxLength: 60)
            v.optionalText(body.note, "note", maxLength: 500)
            try v.throwIfInvalid()
            let actor = AlarmActor(signedIn.user)
            let date = now()
            let alarm = try await store.updateAlarm(id: id, at: date) { alarm in
                // Only the holder records a dispatch; a request moves the alarm to `dispatched`.
                try alarm.lifecycle.apply(body.milestone == .requested ? .dispatch : .recordActivity, by: actor, at: date)
                let reference = body.reference.map { " (\($0))" } ?? ""
                return LogbookDraft(
                    kind: Self.logbookKind, author: Author(userID: actor.userID, name: actor.name), siteID: alarm.siteID, alarmID: alarm.id,
                    summary: "\(alarm.title): \(body.service.rawValue) \(body.milestone.rawValue)\(reference)" + (body.note.map { " — \($0)" } ?? ""),
                    details: body)
            }
            return try Response.json(alarm)
        }
    }
}
