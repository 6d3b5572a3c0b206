import Foundation
import Hummingbird
import VigieCore

/// Recording the procedure's steps of a taken alarm, and closing it once its required steps are done.
struct AlarmStepController {
    let store: any Store
    let now: @Sendable () -> Date
    let policy: AlarmPolicy

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
            let actor = AlarmActor(signedIn.user)
            let holdUp = body.outcome?.codeWord == .duress ? try await holdUpProcedure(alarmID: id) : nil
            let date = now()
            let policy = self.policy
            let alarm = try await store.updateAlarm(id: id, at: date) { alarm in
                try alarm.lifecycle.apply(.recordActivity, by: actor, at: date)
                try alarm.record(step: index, outcome: body.outcome, skippedReason: body.skippedReason, by: actor.name, at: date)
                let kind = alarm.steps[index].step.kind
                let done = alarm.steps[index].outcome != nil
                if done, kind == .dispatchGuard || kind == .callPublicService {
                    try alarm.lifecycle.apply(.dispatch, by: actor, at: date)
                }
                if done, kind == .waitForRestore, alarm.lifecycle.state != .awaitingRestore {
                    try alarm.lifecycle.apply(.awaitRestore, by: actor, at: date)
                }
                if body.outcome?.codeWord == .duress {
                    // The duress word switches to the hold-up procedure at once (story 3); nothing else on screen says why.
                    alarm.category = .holdUp
                    alarm.priority = max(alarm.priority, policy.priority(of: .holdUp, risk: .medium))
                    alarm.follow(holdUp)
                }
                return StepLog.draft(alarm: alarm, index: index, by: actor)
            }
            return try Response.json(alarm)
        }
        group.post("alarms/:id/close") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            let closure = try await request.decodeJSON(AlarmController.Closure.self, context: context)
            guard let code = try await store.all(ClosureCode.self).first(where: { $0.code.uppercased() == closure.closureCode.uppercased() && $0.active })
            else { throw ValidationError(field: "closureCode", reason: "is not an active closure code") }
            let actor = AlarmActor(signedIn.user)
            let date = now()
            let alarm = try await store.updateAlarm(id: id, at: date) { alarm in
                // Pending steps are counted on the stored alarm, inside the transaction: no step can slip in between.
                let command = AlarmCommand.close(
                    code: code.code, comment: closure.comment, commentRequired: code.requiresComment, pendingRequiredSteps: alarm.pendingRequiredSteps)
                try alarm.lifecycle.apply(command, by: actor, at: date)
                return AlarmChangeLog.draft(for: command, alarm: alarm, by: actor, note: nil)
            }
            return try Response.json(alarm)
        }
    }

    private func holdUpProcedure(alarmID: UUID) async throws -> Procedure? {
        guard let alarm = try await store.alarm(id: alarmID) else { throw APIError.notFound("alarm") }
        let site: Site?
        if let siteID = alarm.siteID { site = try await store.fetch(Site.self, id: siteID)?.entity } else { site = nil }
        return ProcedureResolver(procedures: try await store.all(Procedure.self)).resolve(category: .holdUp, site: site)
    }
}

/// The logbook sentence of a recorded step.
enum StepLog {
    static func draft(alarm: Alarm, index: Int, by actor: AlarmActor) -> LogbookDraft {
        let record = alarm.steps[index]
        var parts = ["step \(index + 1) \(record.step.kind.rawValue)"]
        if record.outcome == nil, record.skippedReason == nil, let attempt = record.attempts?.last {
            parts.append("attempt \(record.attempts?.count ?? 0): \(attempt.call?.rawValue ?? "?")")
            if let contact = attempt.contactID { parts.append("contact \(contact)") }
        } else if let outcome = record.outcome {
            if let call = outcome.call { parts.append("call \(call.rawValue)") }
            if let word = outcome.codeWord { parts.append("code word \(word.rawValue)") }
            if let verification = outcome.verification { parts.append("verification \(verification.rawValue)") }
            if let reference = outcome.reference { parts.append("reference \(reference)") }
            if let note = outcome.note { parts.append(note) }
        } else if let reason = record.skippedReason {
            parts.append("skipped: \(reason)")
        }
        return LogbookDraft(
            kind: "alarm.step", author: Author(userID: actor.userID, name: actor.name), siteID: alarm.siteID, alarmID: alarm.id,
            summary: "\(alarm.title): " + parts.joined(separator: ", "), details: record)
    }
}
