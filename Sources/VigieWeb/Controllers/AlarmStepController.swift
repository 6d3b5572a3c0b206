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
        /// The media on screen when a video verification was concluded; recorded from the store, with their hashes.
        var mediaSeen: [UUID]?
    }

    struct BulkClosure: Decodable {
        var ids: [UUID]
        var closureCode: String
        var comment: String
    }

    struct BulkClosureReport: Encodable {
        struct Refusal: Encodable {
            var id: UUID
            var title: String?
            /// The alarm's title in each language.
            var titles: Wording?
            var reason: String
            /// The reason as a key and parameters a console renders (``Reason``).
            var key: String?
            var parameters: [String: String]?
        }

        var closed: [UUID] = []
        var refused: [Refusal] = []
    }

    /// The most alarms one bulk closure takes.
    static let maximumBulk = 1000

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("alarms/close") { request, context in
            let signedIn = try context.require(.supervisor)
            let body = try await request.decodeJSON(BulkClosure.self, context: context)
            return try Response.json(try await closeInBulk(body, by: AlarmActor(signedIn.user)))
        }
        group.post("alarms/:id/steps/:index") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            guard let indexText = context.parameters.get("index"), let index = Int(indexText) else { throw APIError.notFound("step") }
            var body = try await request.decodeJSON(StepRequest.self, context: context)
            // Only what the station holds is recorded as seen; an outcome's own `mediaSeen` is not taken from the client.
            body.outcome?.mediaSeen = nil
            if let ids = body.mediaSeen, !ids.isEmpty {
                body.outcome?.mediaSeen = try VideoEvidence.seen(ids, among: try await store.media(alarmID: id))
            }
            let holdUp = body.outcome?.codeWord == .duress ? try await holdUpProcedure(alarmID: id) : nil
            let command = HandlingCommand.step(index: index, outcome: body.outcome, skippedReason: body.skippedReason, holdUp: holdUp)
            return try Response.json(try await apply(command, to: id, by: AlarmActor(signedIn.user)))
        }
        group.post("alarms/:id/close") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            let closure = try await request.decodeJSON(AlarmController.Closure.self, context: context)
            guard let code = try await activeCode(closure.closureCode) else {
                throw ValidationError(field: "closureCode", .inactiveClosureCode)
            }
            // Pending steps are counted on the stored alarm, inside the transaction: no step can slip in between.
            return try Response.json(try await apply(.close(code, comment: closure.comment), to: id, by: AlarmActor(signedIn.user)))
        }
    }

    /// Each alarm in its own transaction: one that cannot be closed (another category, closed meanwhile) is
    /// reported and the others are closed.
    private func closeInBulk(_ body: BulkClosure, by actor: AlarmActor) async throws -> BulkClosureReport {
        guard !body.ids.isEmpty, body.ids.count <= Self.maximumBulk else {
            throw ValidationError(field: "ids", reason: "must hold from 1 to \(Self.maximumBulk) alarms")
        }
        guard let code = try await activeCode(body.closureCode) else {
            throw ValidationError(field: "closureCode", .inactiveClosureCode)
        }
        var report = BulkClosureReport()
        for id in body.ids {
            do {
                _ = try await apply(.closeInBulk(code, comment: body.comment), to: id, by: actor)
                report.closed.append(id)
            } catch {
                let alarm = try? await store.alarm(id: id)
                let reason = APIError.from(error)?.reason
                report.refused.append(
                    .init(
                        id: id, title: alarm?.title, titles: alarm?.titles, reason: reason?.english ?? "\(error)", key: reason?.key,
                        parameters: reason.flatMap { $0.parameters.isEmpty ? nil : $0.parameters }))
            }
        }
        return report
    }

    private func activeCode(_ text: String) async throws -> ClosureCode? {
        try await store.all(ClosureCode.self).first { $0.code.uppercased() == text.uppercased() && $0.active }
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
