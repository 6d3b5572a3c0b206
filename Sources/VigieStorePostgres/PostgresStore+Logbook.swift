import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    @discardableResult
    public func appendLogbook(_ draft: LogbookDraft) async throws -> LogbookEntry {
        let at = timestamp
        return try await write { write in try write.append(draft, at: at) }
    }

    public func logbook(query: LogbookQuery) async throws -> Page<LogbookEntry> {
        var filter = SQLFilter()
        if let from = query.from { filter.add { "at >= \($0.bind(from.millisecondsSince1970))" } }
        if let until = query.until { filter.add { "at < \($0.bind(until.millisecondsSince1970))" } }
        if let siteID = query.siteID { filter.add { "site_id = \($0.bind(siteID.uuidString))" } }
        if let alarmID = query.alarmID { filter.add { "alarm_id = \($0.bind(alarmID.uuidString))" } }
        if let author = query.authorName { filter.add { "author_name = \($0.bind(author))" } }
        if !query.kinds.isEmpty { filter.add { "kind = ANY(\($0.bind(query.kinds.map(\.rawValue)))::text[])" } }
        // Case-insensitive, as SQLite's LIKE is for the station's texts.
        if let text = query.text, !text.isEmpty { filter.add { "strpos(lower(summary), lower(\($0.bind(text)))) > 0" } }
        if let after = query.afterSequence { filter.add { "seq > \($0.bind(after))" } }
        let order = query.afterSequence == nil ? "seq DESC" : "seq ASC"
        return try await page(of: "logbook", filter: filter, order: order, offset: query.offset, limit: query.limit, transform: Self.logbookEntry)
    }

    public func verifyLogbook() async throws -> LogbookVerification {
        var checked: Int64 = 0
        var previous: LogbookEntry?
        let batchSize = 10_000
        while true {
            let entries = try await rows("SELECT * FROM logbook WHERE seq > \(previous?.sequence ?? 0) ORDER BY seq LIMIT \(batchSize)")
                .map(Self.logbookEntry)
            if let broken = LogbookChain.firstBreak(in: entries, after: previous) {
                let intact = Int64(entries.firstIndex { $0.sequence == broken.sequence } ?? 0)
                return LogbookVerification(entriesChecked: checked + intact, firstBreak: broken)
            }
            checked += Int64(entries.count)
            guard entries.count == batchSize, let last = entries.last else { break }
            previous = last
        }
        return LogbookVerification(entriesChecked: checked, firstBreak: nil)
    }

    static func logbookEntry(_ row: PostgresRandomAccessRow) throws -> LogbookEntry {
        LogbookEntry(
            sequence: try row.value("seq"), at: try row.date("at"), kind: LogbookKind(rawValue: try row.value("kind")),
            authorID: try row.optionalUUID("author_id"), authorName: try row.value("author_name"), siteID: try row.optionalUUID("site_id"),
            alarmID: try row.optionalUUID("alarm_id"), summary: try row.value("summary"), details: try row.value("details"),
            previousHash: try row.value("previous_hash"), hash: try row.value("hash"))
    }
}
