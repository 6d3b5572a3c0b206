import Foundation
import GRDB
import VigieCore

extension SQLiteStore {
    @discardableResult
    public func appendLogbook(_ draft: LogbookDraft) async throws -> LogbookEntry {
        let at = timestamp
        return try await pool.write { db in try Self.append(draft, at: at, in: db) }
    }

    /// Appends inside the caller's transaction: the entry commits with the change it records, or not at all.
    @discardableResult
    static func append(_ draft: LogbookDraft, at: Date, in db: Database) throws -> LogbookEntry {
        let last = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM logbook ORDER BY seq DESC LIMIT 1"))
        let sequence: Int64 = (last?["seq"] ?? 0) + 1
        let entry = LogbookEntry(sequence: sequence, at: at, draft: draft, previousHash: last?["hash"] ?? LogbookChain.genesis)
        try db.cachedStatement(
            sql: """
                INSERT INTO logbook (seq, at, kind, author_id, author_name, site_id, alarm_id, summary, details, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                entry.sequence, entry.at.millisecondsSince1970, entry.kind.rawValue, entry.authorID?.uuidString, entry.authorName,
                entry.siteID?.uuidString, entry.alarmID?.uuidString, entry.summary, entry.details, entry.previousHash, entry.hash,
            ])
        return entry
    }

    public func logbook(query: LogbookQuery) async throws -> Page<LogbookEntry> {
        var filter = SQLFilter()
        filter.where("at >= ?", query.from?.millisecondsSince1970)
        filter.where("at < ?", query.until?.millisecondsSince1970)
        filter.where("site_id = ?", query.siteID?.uuidString)
        filter.where("alarm_id = ?", query.alarmID?.uuidString)
        filter.where("author_name = ?", query.authorName)
        filter.where("kind", in: query.kinds.map(\.rawValue))
        filter.where("summary LIKE ?", query.text.flatMap { $0.isEmpty ? nil : "%\($0)%" })
        filter.where("seq > ?", query.afterSequence)
        let order = query.afterSequence == nil ? "seq DESC" : "seq ASC"
        return try await page(
            of: "logbook", where: filter.conditions, arguments: filter.arguments, order: order, offset: query.offset, limit: query.limit,
            transform: Self.logbookEntry)
    }

    public func verifyLogbook() async throws -> LogbookVerification {
        try await pool.read { db in
            var checked: Int64 = 0
            var previous: LogbookEntry?
            let batchSize = 10_000
            while true {
                let rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM logbook WHERE seq > ? ORDER BY seq LIMIT ?",
                    arguments: [previous?.sequence ?? 0, batchSize])
                let entries = rows.map(Self.logbookEntry)
                if let broken = LogbookChain.firstBreak(in: entries, after: previous) {
                    return LogbookVerification(
                        entriesChecked: checked + Int64(entries.firstIndex { $0.sequence == broken.sequence } ?? 0), firstBreak: broken)
                }
                checked += Int64(entries.count)
                guard entries.count == batchSize, let last = entries.last else { break }
                previous = last
            }
            return LogbookVerification(entriesChecked: checked, firstBreak: nil)
        }
    }

    static func logbookEntry(_ row: Row) -> LogbookEntry {
        LogbookEntry(
            sequence: row["seq"], at: Date(millisecondsSince1970: row["at"]), kind: LogbookKind(rawValue: row["kind"]),
            authorID: (row["author_id"] as String?).flatMap(UUID.init(uuidString:)), authorName: row["author_name"],
            siteID: (row["site_id"] as String?).flatMap(UUID.init(uuidString:)),
            alarmID: (row["alarm_id"] as String?).flatMap(UUID.init(uuidString:)),
            summary: row["summary"], details: row["details"], previousHash: row["previous_hash"], hash: row["hash"])
    }
}
