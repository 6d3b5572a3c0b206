import Foundation
import Hummingbird
import VigieCore

/// The main courante: search, manual entries, and the chain check.
struct LogbookController {
    let store: any Store

    struct ManualEntry: Decodable {
        /// `manual.note`, `manual.call` or `manual.incident`.
        var kind: LogbookKind
        var text: String
        var siteID: UUID?
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("logbook") { request, _ in
            let kinds = request.stringQuery("kind")?.split(separator: ",").map { LogbookKind(rawValue: String($0)) } ?? []
            let query = LogbookQuery(
                from: try request.dateQuery("from"), until: try request.dateQuery("until"), siteID: try request.uuidQuery("siteID"),
                alarmID: try request.uuidQuery("alarmID"), authorName: request.stringQuery("author"), kinds: kinds,
                text: request.stringQuery("q"), offset: try request.intQuery("offset", default: 0, range: 0...Int(Int32.max)),
                limit: try request.intQuery("limit", default: 100, range: 1...ListQuery.maximumLimit))
            return try Response.json(PageResponse(try await store.logbook(query: query)))
        }
        group.post("logbook") { request, context in
            let signedIn = try context.require(.operator)
            let entry = try await request.decodeJSON(ManualEntry.self, context: context)
            var v = Validator()
            v.check(
                LogbookKind.manualKinds.contains(entry.kind), "kind",
                .oneOf(LogbookKind.manualKinds.map(\.rawValue)))
            v.requireText(entry.text, "text", maxLength: 4000)
            try v.throwIfInvalid()
            if let siteID = entry.siteID, try await store.fetch(Site.self, id: siteID) == nil {
                throw ValidationError(field: "siteID", .noSuchSite)
            }
            let written = try await store.appendLogbook(
                LogbookDraft(kind: entry.kind, author: signedIn.author, siteID: entry.siteID, summary: entry.text))
            return try Response.json(written, status: .created)
        }
        group.get("logbook/verify") { _, context in
            try context.require(.supervisor)
            return try Response.json(try await store.verifyLogbook())
        }
    }
}
