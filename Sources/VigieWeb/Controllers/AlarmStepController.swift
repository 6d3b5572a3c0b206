import Foundation
import Hummingbird
import VigieCore

/// Recording the procedure's steps of a taken alarm, and closing it once its required steps are done: the
/// inputs are read here, the decisions are ``AlarmHandling``'s.
struct AlarmStepController {
    let store: any Store
    let now: @Sendable () -> Date
    let handling: AlarmHandling

    struct StepRequest: Decodable {
        var outcome: StepOutcome?
        var skippedReason: String?
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("alarms/:id/steps/:index") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            guard let indexText = context.parameters.get("index"), let index = Int(indexText) else { throw APIError.notFound("step") }
            let body = try await request.decodeJSON(StepRequest.self, context: context)
            let holdUp = body.outcome?.codeWord == .duress ? try await holdUpProcedure(alarmID: id) : nil
            let command = HandlingCommand.step(index: index, outcome: body.outcome, skippedReason: body.skippedReason, holdUp: holdUp)
            return try Response.json(try await apply(command, to: id, by: AlarmActor(signedIn.user)))
        }
        group.post("alarms/:id/close") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            let closure = try await request.decodeJSON(AlarmController.Closure.self, context: context)
            guard
                let code = try await store.all(ClosureCode.self).first(where: {
                    $0.code.uppercased() == closure.closureCode.uppercased() && $0.active
                })
            else { throw ValidationError(field: "closureCode", reason: "is not an active closure code") }
            // Pending steps are counted on the stored alarm, inside the transaction: no step can slip in between.
            return try Response.json(try await apply(.close(code, comment: closure.comment), to: id, by: AlarmActor(signedIn.user)))
        }
    }

    private func apply(_ command: HandlingCommand, to id: UUID, by actor: AlarmActor) async throws -> Alarm {
        let date = now()
        let handling = self.handling
        return try await store.updateAlarm(id: id, at: date) { alarm in try handling.apply(command, to: &alarm, by: actor, at: date) }
    }

    private func holdUpProcedure(alarmID: UUID) async throws -> Procedure? {
        guard let alarm = try await store.alarm(id: alarmID) else { throw APIError.notFound("alarm") }
        let site: Site?
        if let siteID = alarm.siteID { site = try await store.fetch(Site.self, id: siteID)?.entity } else { site = nil }
        return ProcedureResolver(procedures: try await store.all(Procedure.self)).resolve(category: .holdUp, site: site)
    }
}
