import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    /// One transaction per batch, with one multi-row `INSERT` per thousand signals.
    ///
    /// Deduplication holds across nodes: the batch first takes a transaction-scoped advisory lock on each of its
    /// dedupe keys (in one sorted order, so two nodes never deadlock), then reads what is already stored under them.
    public func ingest(_ drafts: [SignalDraft]) async throws -> [IngestOutcome] {
        guard !drafts.isEmpty else { return [] }
        var plan = DedupePlan(drafts)
        return try await write(logged: false) { write in
            if !plan.keys.isEmpty {
                try await write.execute(
                    """
                    SELECT pg_advisory_xact_lock(h) FROM (SELECT DISTINCT hashtextextended(k, 0) AS h FROM unnest(\(plan.keys)::text[]) AS k ORDER BY h) AS locks
                    """)
                let earlier = try await write.execute(
                    """
                    SELECT id, dedupe_key, received_at FROM signal
                    WHERE dedupe_key = ANY(\(plan.keys)::text[]) AND received_at >= \(plan.earliestWindowStart)
                    """)
                for row in earlier {
                    plan.stored(key: try row.value("dedupe_key"), id: try row.value("id"), receivedAt: try row.value("received_at"))
                }
            }
            let fresh = plan.decide()
            var ids: [Int64] = []
            for chunk in fresh.map({ drafts[$0] }).chunked(by: 1000) {
                var binds = PostgresBindings(capacity: chunk.count * SignalColumns.count)
                var rows: [String] = []
                for draft in chunk {
                    rows.append(binds.placeholders(SignalColumns.count))
                    SignalColumns.bind(draft, into: &binds)
                }
                let inserted = try await write.execute(
                    PostgresQuery(
                        unsafeSQL: "INSERT INTO signal (\(SignalColumns.names)) VALUES \(rows.joined(separator: ", ")) RETURNING id", binds: binds))
                // Ids come from one sequence in the order of the rows, whatever order RETURNING lists them in.
                ids += try inserted.map { try $0.value("id", as: Int64.self) }.sorted()
            }
            try await recordContacts(of: drafts, in: write)
            let media = zip(fresh, ids).flatMap { index, id in drafts[index].attachments.map { Medium($0, of: drafts[index], signalID: id) } }
            try await MediaRow.insert(media, in: write)
            return plan.outcomes(ids: ids)
        }
    }

    /// Only what the transmitter itself sent proves its link; the station's own LINK-LOST does not. One row per
    /// transmitter, in id order, so concurrent batches on two nodes lock the rows in the same order.
    private func recordContacts(of drafts: [SignalDraft], in write: PostgresWrite) async throws {
        var latest: [String: Int64] = [:]
        for draft in drafts where draft.transport != .station && draft.error == nil {
            guard let transmitterID = draft.transmitterID?.uuidString else { continue }
            latest[transmitterID] = max(latest[transmitterID] ?? .min, draft.receivedAt.millisecondsSince1970)
        }
        guard !latest.isEmpty else { return }
        let ordered = latest.sorted { $0.key < $1.key }
        try await write.execute(
            """
            INSERT INTO link_contact (transmitter_id, last_seen_at)
            SELECT * FROM unnest(\(ordered.map(\.key))::text[], \(ordered.map(\.value))::bigint[])
            ON CONFLICT (transmitter_id) DO UPDATE SET last_seen_at = GREATEST(link_contact.last_seen_at, excluded.last_seen_at)
            """)
    }

    public func signals(query: SignalQuery) async throws -> Page<StoredSignal> {
        var filter = SQLFilter()
        if let siteID = query.siteID { filter.add { "site_id = \($0.bind(siteID.uuidString))" } }
        if let transmitterID = query.transmitterID { filter.add { "transmitter_id = \($0.bind(transmitterID.uuidString))" } }
        if let account = query.account { filter.add { "account = \($0.bind(account))" } }
        if let from = query.from { filter.add { "received_at >= \($0.bind(from.millisecondsSince1970))" } }
        if let until = query.until { filter.add { "received_at < \($0.bind(until.millisecondsSince1970))" } }
        if query.errorsOnly { filter.add { _ in "error IS NOT NULL" } }
        if query.fromTransmittersOnly { filter.add { _ in "transport <> 'station'" } }
        return try await page(
            of: "signal", filter: filter, order: "id DESC", offset: query.offset, limit: query.limit, transform: SignalColumns.stored)
    }

    public func signal(id: Int64) async throws -> StoredSignal? {
        try await rows("SELECT * FROM signal WHERE id = \(id)").first.map(SignalColumns.stored)
    }

    public func linkContacts() async throws -> [LinkContact] {
        try await rows("SELECT transmitter_id, last_seen_at FROM link_contact").compactMap { row in
            guard let id = try row.optionalUUID("transmitter_id") else { return nil }
            return LinkContact(transmitterID: id, lastSeenAt: try row.date("last_seen_at"))
        }
    }
}
