import Foundation
import GRDB
import VigieCore

extension SQLiteStore {
    public func processedThrough() async throws -> Int64 {
        try await pool.read { db in try Int64.fetchOne(db, sql: "SELECT signal_id FROM engine_cursor WHERE id = 1") ?? 0 }
    }

    public func alarmIDs(ofSignals ids: [Int64]) async throws -> [Int64: UUID] {
        guard !ids.isEmpty else { return [:] }
        return try await pool.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT signal_id, alarm_id FROM alarm_event WHERE alarm_id IS NOT NULL AND signal_id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
                    ORDER BY signal_id, event_index
                    """, arguments: StatementArguments(ids))
            var found: [Int64: UUID] = [:]
            for row in rows {
                let signal: Int64 = row["signal_id"]
                let alarm: String = row["alarm_id"]
                if found[signal] == nil, let id = UUID(uuidString: alarm) { found[signal] = id }
            }
            return found
        }
    }

    public func signals(after id: Int64, limit: Int) async throws -> [StoredSignal] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM signal WHERE id > ? ORDER BY id LIMIT ?", arguments: [id, limit]).map(SignalRow.stored)
        }
    }

    public func record(_ batch: [SignalProcessing]) async throws {
        guard let first = batch.first, let last = batch.last else { return }
        let at = timestamp
        let bodies = try batch.map { processing in try processing.alarms.map { ($0, try Self.alarmBody($0)) } }
        try await pool.write { db in
            let cursor = try Int64.fetchOne(db, sql: "SELECT signal_id FROM engine_cursor WHERE id = 1") ?? 0
            guard first.signalID > cursor else {
                throw StoreError.versionConflict(expected: Int(first.signalID), actual: Int(cursor))
            }
            for (processing, alarms) in zip(batch, bodies) {
                for (alarm, body) in alarms { try Self.upsert(alarm, body: body, db: db) }
                for (index, alarmID) in processing.eventAlarms.enumerated() {
                    try db.cachedStatement(sql: "INSERT INTO alarm_event (signal_id, event_index, alarm_id) VALUES (?, ?, ?)")
                        .execute(arguments: [processing.signalID, index, alarmID?.uuidString])
                }
                for draft in processing.logbook { try Self.append(draft, at: at, in: db) }
            }
            try db.execute(sql: "UPDATE engine_cursor SET signal_id = ? WHERE id = 1", arguments: [last.signalID])
        }
    }

    public func alarms(query: AlarmQuery) async throws -> Page<Alarm> {
        var filter = SQLFilter()
        filter.where("open = 1", if: query.scope == .open)
        filter.where("open = 0", if: query.scope == .closed)
        filter.where("site_id = ?", query.siteID?.uuidString)
        filter.where("id > ?", query.after?.uuidString)
        return try await page(
            of: "alarm", where: filter.conditions, arguments: filter.arguments, order: query.order == .id ? "id" : "priority DESC, created_at",
            offset: query.offset,
            limit: query.limit
        ) { try Self.alarm(body: $0["body"]) }
    }

    public func alarm(id: UUID) async throws -> Alarm? {
        try await pool.read { db in try Self.fetchAlarm(id: id, db: db) }
    }

    public func alarms(ids: Set<UUID>) async throws -> [UUID: Alarm] {
        guard !ids.isEmpty else { return [:] }
        let list = ids.map(\.uuidString)
        return try await pool.read { db in
            let bodies = try String.fetchAll(
                db, sql: "SELECT body FROM alarm WHERE id IN (\(list.map { _ in "?" }.joined(separator: ",")))", arguments: StatementArguments(list))
            return Dictionary(uniqueKeysWithValues: try bodies.map(Self.alarm(body:)).map { ($0.id, $0) })
        }
    }

    public func alarmsWithHandlingClock(startedBy cutoff: Date) async throws -> [Alarm] {
        try await pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT body FROM alarm WHERE open = 1 AND handling_clock_start <= ?", arguments: [cutoff.millisecondsSince1970]
            ).map(Self.alarm(body:))
        }
    }

    public func updateAlarm(id: UUID, at date: Date, _ change: @Sendable (inout Alarm) throws -> LogbookDraft) async throws -> Alarm {
        try await pool.write { db in
            guard var alarm = try Self.fetchAlarm(id: id, db: db) else { throw StoreError.notFound(kind: "alarm", id: id.uuidString) }
            let entry = try change(&alarm)
            try Self.upsert(alarm, body: try Self.alarmBody(alarm), db: db)
            try Self.append(entry, at: date.roundedToMilliseconds, in: db)
            return alarm
        }
    }

    static func upsert(_ alarm: Alarm, body: String, db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO alarm (id, site_id, open, priority, created_at, handling_clock_start, body) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET open = excluded.open, priority = excluded.priority,
                handling_clock_start = excluded.handling_clock_start, body = excluded.body
                """
        ).execute(
            arguments: [
                alarm.id.uuidString, alarm.siteID?.uuidString, alarm.lifecycle.state.isOpen, alarm.priority,
                alarm.createdAt.millisecondsSince1970, alarm.handlingClockStart?.millisecondsSince1970, body,
            ])
    }

    static func fetchAlarm(id: UUID, db: Database) throws -> Alarm? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT body FROM alarm WHERE id = ?"), arguments: [id.uuidString]).map(alarm(body:))
    }

    static func alarmBody(_ alarm: Alarm) throws -> String {
        String(decoding: try VigieJSON.encoder().encode(alarm), as: UTF8.self)
    }

    static func alarm(body: String) throws -> Alarm {
        try VigieJSON.decoder().decode(Alarm.self, from: Data(body.utf8))
    }
}
