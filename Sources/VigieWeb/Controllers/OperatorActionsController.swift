import Foundation
import Hummingbird
import VigieCore

/// What operators do to configuration during a shift: put a site on test, check a code word.
struct OperatorActionsController {
    let store: any Store
    let now: @Sendable () -> Date

    struct ModeChange: Decodable {
        /// `normal`, `test` or `outOfService`.
        var state: String
        /// For `test`: how long, in minutes (1 to 1440)…
        var minutes: Int?
        /// …or until when.
        var until: Date?
    }

    struct WordCheck: Decodable {
        var word: String
    }

    struct WordCheckResult: Encodable {
        var result: CodeWordCheck
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("sites/:id/mode") { request, context in try await changeMode(request, context: context) }
        group.post("contacts/:id/check-word") { request, context in
            let signedIn = try context.require(.operator)
            let id = try request.uuidParameter("id", context: context, what: "contact")
            let check = try await request.decodeJSON(WordCheck.self, context: context)
            guard let contact = try await store.fetch(Contact.self, id: id)?.entity else { throw APIError.notFound("contact") }
            let result = contact.check(word: check.word)
            try await store.appendLogbook(
                LogbookDraft(
                    kind: .codeWordChecked, author: signedIn.author, siteID: contact.siteID,
                    summary: "code word of \(contact.name) checked: \(result.rawValue)"))
            return try Response.json(WordCheckResult(result: result))
        }
    }

    private func changeMode(_ request: Request, context: AppRequestContext) async throws -> Response {
        let signedIn = try context.require(.operator)
        let id = try request.uuidParameter("id", context: context, what: "site")
        let change = try await request.decodeJSON(ModeChange.self, context: context)
        let mode: SiteMode
        switch change.state {
        case "normal":
            mode = .normal
        case "outOfService":
            try context.require(.supervisor)
            mode = .outOfService
        case "test":
            if let minutes = change.minutes {
                guard (1...1440).contains(minutes) else { throw ValidationError(field: "minutes", .between(1, 1440)) }
                mode = .test(until: now().addingTimeInterval(TimeInterval(minutes * 60)).roundedToMilliseconds)
            } else if let until = change.until {
                guard until > now() else { throw ValidationError(field: "until", .future) }
                mode = .test(until: until)
            } else {
                throw ValidationError(field: "minutes", .testDuration)
            }
        default:
            throw ValidationError(field: "state", .oneOf(["normal", "test", "outOfService"]))
        }
        guard var site = try await store.fetch(Site.self, id: id)?.entity else { throw APIError.notFound("site") }
        site.mode = mode
        let revision = try await store.update(site, expectedVersion: nil, by: signedIn.author)
        return try Response.json(EntityResponse(revision: revision, showSecrets: false))
    }
}
