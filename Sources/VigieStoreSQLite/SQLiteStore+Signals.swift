import Foundation
import GRDB
import VigieCore

extension SQLiteStore {
    public func ingest(_ drafts: [SignalDraft]) async throws -> [IngestOutcome] {
        guard !drafts.isEmpty else { return [] }
        let rows = drafts.map(SignalRow.init)
        let (outcomes, added) = try await pool.write { db in
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO signal (received_at, receiver, transport, peer, raw, token, encrypted, account, receiver_number, line,
                    sequence, panel_time, events, error, reply, transmitter_id, site_id, dedupe_key, device_id, attachments,
                    verification_url)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let contact = try db.cachedStatement(
                sql: """
                    INSERT INTO link_contact (transmitter_id, last_seen_at) VALUES (?, ?)
                    ON CONFLICT(transmitter_id) DO UPDATE SET last_seen_at = max(last_seen_at, excluded.last_seen_at)
                    """)
            var outcomes: [IngestOutcome] = []
            outcomes.reserveCapacity(rows.count)
            // Keys of this transaction: checked for twins within the batch, added to the window once committed.
            // Same window rule as across batches (and as the PostgreSQL store's `DedupePlan`).
            var storedInBatch: [String: (id: Int64, receivedAt: Int64)] = [:]
            var added: [DedupeWindow.Entry] = []
            for row in rows {
                if let key = row.draft.dedupeKey, let original = twin(of: key, at: row.receivedAt, in: storedInBatch) {
                    outcomes.append(.duplicate(of: original))
                    continue
                }
                try insert.execute(arguments: row.arguments)
                let id = db.lastInsertedRowID
                outcomes.append(.stored(id: id))
                for attachment in row.draft.attachments { try Self.insert(Medium(attachment, of: row.draft, signalID: id), in: db) }
                if let key = row.draft.dedupeKey {
                    storedInBatch[key] = (id, row.receivedAt)
                    added.append(DedupeWindow.Entry(key: key, signalID: id, receivedAt: row.receivedAt))
                }
                // Only what the transmitter itself sent proves its link; the station's own LINK-LOST does not.
                if let transmitterID = row.draft.transmitterID, row.draft.transport != .station, row.draft.error == nil {
                    try contact.execute(arguments: [transmitterID.uuidString, row.receivedAt])
                }
            }
            return (outcomes, added)
        }
        // Only now is the transaction known committed. A hook on the transaction would not do: when `COMMIT` itself
        // fails (a full disk), SQLite rolls back on its own and GRDB keeps such a hook for the next transaction that
        // does commit, which would then vouch for signals that were never stored.
        dedupe.add(added)
        return outcomes
    }

    /// The signal stored under `key` within the dedupe window before `receivedAt`: earlier in this batch, or committed.
    private func twin(of key: String, at receivedAt: Int64, in batch: [String: (id: Int64, receivedAt: Int64)]) -> Int64? {
        if let stored = batch[key], stored.receivedAt >= receivedAt - dedupe.windowMilliseconds { return stored.id }
        return dedupe.original(of: key, receivedAt: receivedAt)
    }

    /// Fills the dedupe window with the keys stored within it, when the store opens.
    func loadDedupeWindow() throws {
        let since = timestamp.millisecondsSince1970 - dedupe.windowMilliseconds
        let entries = try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, dedupe_key, received_at FROM signal WHERE received_at >= ? AND dedupe_key IS NOT NULL ORDER BY id",
                arguments: [since]
            ).map { DedupeWindow.Entry(key: $0["dedupe_key"], signalID: $0["id"], receivedAt: $0["received_at"]) }
        }
        dedupe.add(entries)
    }

    public func signals(query: SignalQuery) async throws -> Page<StoredSignal> {
        var filter = SQLFilter()
        filter.where("site_id = ?", query.siteID?.uuidString)
        filter.where("transmitter_id = ?", query.transmitterID?.uuidString)
        filter.where("account = ?", query.account)
        filter.where("received_at >= ?", query.from?.millisecondsSince1970)
        filter.where("received_at < ?", query.until?.millisecondsSince1970)
        filter.where("error IS NOT NULL", if: query.errorsOnly)
        filter.where("transport <> 'station'", if: query.fromTransmittersOnly)
        return try await page(
            of: "signal", where: filter.conditions, arguments: filter.arguments, order: "id DESC", offset: query.offset, limit: query.limit,
            transform: SignalRow.stored)
    }

    public func signal(id: Int64) async throws -> StoredSignal? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM signal WHERE id = ?", arguments: [id]).map(SignalRow.stored)
        }
    }

    public func linkContacts() async throws -> [LinkContact] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT transmitter_id, last_seen_at FROM link_contact").compactMap { row in
                UUID(uuidString: row["transmitter_id"]).map {
                    LinkContact(transmitterID: $0, lastSeenAt: Date(millisecondsSince1970: row["last_seen_at"]))
                }
            }
        }
    }
}
