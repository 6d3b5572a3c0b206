import Foundation
import PostgresNIO
import VigieCore

/// An alarm's row: the JSON body, and the columns the queue is sorted and filtered by.
enum AlarmRow {
    /// Writes alarms in one statement per thousand rows (one round trip, not one per alarm); an alarm listed
    /// twice keeps its last state, as a row cannot be changed twice by one `INSERT … ON CONFLICT`.
    static func upsert(_ alarms: [(alarm: Alarm, body: String)], in write: PostgresWrite) async throws {
        var latest: [UUID: Int] = [:]
        for (index, entry) in alarms.enumerated() { latest[entry.alarm.id] = index }
        let rows = latest.values.sorted().map { alarms[$0] }
        for start in stride(from: 0, to: rows.count, by: 1000) {
            var binds = PostgresBindings()
            var values: [String] = []
            for (alarm, body) in rows[start..<min(start + 1000, rows.count)] {
                values.append(binds.placeholders(7))
                binds.append(alarm.id.uuidString)
                binds.append(alarm.siteID?.uuidString)
                binds.append(alarm.lifecycle.state.isOpen)
                binds.append(alarm.priority)
                binds.append(alarm.createdAt.millisecondsSince1970)
                binds.append(alarm.handlingClockStart?.millisecondsSince1970)
                binds.append(body)
            }
            try await write.execute(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO alarm (id, site_id, open, priority, created_at, handling_clock_start, body)
                        VALUES \(values.joined(separator: ", "))
                        ON CONFLICT (id) DO UPDATE SET open = excluded.open, priority = excluded.priority,
                        handling_clock_start = excluded.handling_clock_start, body = excluded.body
                        """,
                    binds: binds))
        }
    }

    static func body(_ alarm: Alarm) throws -> String {
        String(decoding: try VigieJSON.encoder().encode(alarm), as: UTF8.self)
    }

    static func alarm(_ row: PostgresRandomAccessRow) throws -> Alarm {
        let body: String = try row.value("body")
        return try VigieJSON.decoder().decode(Alarm.self, from: Data(body.utf8))
    }
}
