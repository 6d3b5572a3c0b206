import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    public func processedThrough() async throws -> Int64 {
        try await rows("SELECT signal_id FROM engine_cursor WHERE id = 1").first?.value("signal_id") ?? 0
    }

    public func alarmIDs(ofSignals ids: [Int64]) async throws -> [Int64: UUID] {
        guard !ids.isEmpty else { return [:] }
        var found: [Int64: UUID] = [:]
        let rows = try await rows(
            "SELECT signal_id, alarm_id FROM alarm_event WHERE alarm_id IS NOT NULL AND signal_id = ANY(\(ids)) ORDER BY signal_id, event_index")
        for row in rows {
            let signal: Int64 = try row.value("signal_id")
            let alarm: String = try row.value("alarm_id")
            if found[signal] == nil, let id = UUID(uuidString: alarm) { found[signal] = id }
        }
        return found
    }

    public func signals(after id: Int64, limit: Int) async throws -> [StoredSignal] {
        try await rows("SELECT * FROM signal WHERE id > \(id) ORDER BY id LIMIT \(limit)").map(SignalColumns.stored)
    }

    public func record(_ batch: [SignalProcessing]) async throws {
        guard let first = batch.first, let last = batch.last else { return }
        let at = timestamp
        let bodies = try batch.map { processing in try processing.alarms.map { ($0, try AlarmRow.body($0)) } }
        try await write { write in
            let cursor: Int64 = try await write.execute("SELECT signal_id FROM engine_cursor WHERE id = 1 FOR UPDATE").first?.value("signal_id") ?? 0
            guard first.signalID > cursor else {
                throw StoreError.versionConflict(expected: Int(first.signalID), actual: Int(cursor))
            }
            try await AlarmRow.upsert(bodies.flatMap { $0 }, in: write)
            var links = PostgresBindings()
            var linkRows: [String] = []
            for processing in batch {
                for (index, alarmID) in processing.eventAlarms.enumerated() {
                    linkRows.append(links.placeholders(3))
                    links.append(processing.signalID)
                    links.append(index)
                    links.append(alarmID?.uuidString)
                }
                for draft in processing.logbook { try write.append(draft, at: at) }
            }
            if !linkRows.isEmpty {
                try await write.execute(
                    PostgresQuery(
                        unsafeSQL: "INSERT INTO alarm_event (signal_id, event_index, alarm_id) VALUES \(linkRows.joined(separator: ", "))",
                        binds: links))
            }
            try await write.execute("UPDATE engine_cursor SET signal_id = \(last.signalID) WHERE id = 1")
        }
    }

    public func alarms(query: AlarmQuery) async throws -> Page<Alarm> {
        var filter = SQLFilter()
        switch query.scope {
        case .open: filter.add { _ in "open" }
        case .closed: filter.add { _ in "NOT open" }
        case .all: break
        }
        if let siteID = query.siteID { filter.add { "site_id = \($0.bind(siteID.uuidString))" } }
        if let after = query.after { filter.add { "id > \($0.bind(after.uuidString))" } }
        return try await page(
            of: "alarm", filter: filter, order: query.order == .id ? "id" : "priority DESC, created_at", offset: query.offset, limit: query.limit,
            transform: AlarmRow.alarm)
    }

    public func alarm(id: UUID) async throws -> Alarm? {
        try await rows("SELECT body FROM alarm WHERE id = \(id.uuidString)").first.map(AlarmRow.alarm)
    }

    public func alarms(ids: Set<UUID>) async throws -> [UUID: Alarm] {
        guard !ids.isEmpty else { return [:] }
        let alarms = try await rows("SELECT body FROM alarm WHERE id = ANY(\(ids.map(\.uuidString))::text[])").map(AlarmRow.alarm)
        return Dictionary(uniqueKeysWithValues: alarms.map { ($0.id, $0) })
    }

    public func alarmsWithHandlingClock(startedBy cutoff: Date) async throws -> [Alarm] {
        try await rows("SELECT body FROM alarm WHERE open AND handling_clock_start <= \(cutoff.millisecondsSince1970)").map(AlarmRow.alarm)
    }

    /// The change is made on the row read `FOR UPDATE`: an operator on another node who takes the same alarm
    /// waits for this commit, then sees its result (and is refused).
    public func updateAlarm(id: UUID, at date: Date, _ change: @Sendable (inout Alarm) throws -> LogbookDraft) async throws -> Alarm {
        try await write { write in
            guard let row = try await write.execute("SELECT body FROM alarm WHERE id = \(id.uuidString) FOR UPDATE").first else {
                throw StoreError.notFound(kind: "alarm", id: id.uuidString)
            }
            var alarm = try AlarmRow.alarm(row)
            let entry = try change(&alarm)
            try await AlarmRow.upsert([(alarm, try AlarmRow.body(alarm))], in: write)
            try write.append(entry, at: date.roundedToMilliseconds)
            return alarm
        }
    }
}
