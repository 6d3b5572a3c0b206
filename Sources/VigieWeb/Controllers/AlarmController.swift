import Foundation
import Hummingbird
import VigieCore

/// The alarm queue and the handling actions on the lifecycle: take, release, transfer, park with someone on site
/// (closing is in ``AlarmStepController``, which checks the procedure's required steps).
struct AlarmController {
    let store: any Store
    let now: @Sendable () -> Date

    struct Transfer: Decodable {
        var userID: UUID
    }

    struct Parking: Decodable {
        var onSite: String
        var note: String?
        var reminderMinutes: Int
    }

    struct Closure: Decodable {
        var closureCode: String
        var comment: String?
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("alarms") { request, _ in
            let query = AlarmQuery(
                scope: try request.choiceQuery("scope", default: AlarmQuery.Scope.open), siteID: try request.uuidQuery("siteID"),
                order: try request.choiceQuery("order", default: AlarmQuery.Order.priority), after: try request.uuidQuery("after"),
                offset: try request.intQuery("offset", default: 0, range: 0...Int(Int32.max)),
                limit: try request.intQuery("limit", default: 500, range: 1...AlarmQuery.maximumLimit))
            return try Response.json(PageResponse(try await store.alarms(query: query)))
        }
        group.get("alarms/:id") { request, context in
            guard let alarm = try await store.alarm(id: try request.uuidParameter("id", context: context, what: "alarm")) else {
                throw APIError.notFound("alarm")
            }
            return try Response.json(alarm)
        }
        group.post("alarms/:id/take") { request, context in try await act(.take, request, context) }
        group.post("alarms/:id/release") { request, context in try await act(.release, request, context) }
        group.post("alarms/:id/transfer") { request, context in
            let transfer = try await request.decodeJSON(Transfer.self, context: context)
            guard let user = try await store.user(id: transfer.userID), user.active else {
                throw ValidationError(field: "userID", .noActiveUser)
            }
            let onShift = try await ShiftRoster.onShift(in: store)
            guard ShiftHandover.canReceiveAlarms(user, onShift: onShift) else {
                throw ValidationError(field: "userID", .notOnShift)
            }
            return try await act(.transfer(to: AlarmActor(user)), request, context)
        }
        group.post("alarms/:id/park") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            let body = try await request.decodeJSON(Parking.self, context: context)
            let (actor, date) = (AlarmActor(signedIn.user), now())
            let alarm = try await store.updateAlarm(id: id, at: date) { alarm in
                try AlarmHandling().apply(
                    .park(onSite: body.onSite, note: body.note, reminderMinutes: body.reminderMinutes), to: &alarm, by: actor, at: date)
            }
            return try Response.json(alarm)
        }
    }

    private func act(_ command: AlarmCommand, _ request: Request, _ context: AppRequestContext) async throws -> Response {
        let signedIn = try context.require(.operator)
        let id = try request.uuidParameter("id", context: context, what: "alarm")
        let alarm = try await store.apply(command, to: id, by: AlarmActor(signedIn.user), at: now(), note: nil)
        return try Response.json(alarm)
    }
}
