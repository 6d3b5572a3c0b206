import Foundation
import PostgresNIO
import VigieCore

/// An alarm's row: the JSON body, and the columns the queue is sorted and filtered by.
enum AlarmRow {
    static func upsert(_ alarm: Alarm, body: String, in write: PostgresWrite) async throws {
        try await write.execute(
            """
            INSERT INTO alarm (id, site_id, open, priority, created_at, body)
            VALUES (\(alarm.id.uuidString), \(alarm.siteID?.uuidString), \(alarm.lifecycle.state.isOpen), \(alarm.priority),
            \(alarm.createdAt.millisecondsSince1970), \(body))
            ON CONFLICT (id) DO UPDATE SET open = excluded.open, priority = excluded.priority, body = excluded.body
            """)
    }

    static func body(_ alarm: Alarm) throws -> String {
        String(decoding: try VigieJSON.encoder().encode(alarm), as: UTF8.self)
    }

    static func alarm(_ row: PostgresRandomAccessRow) throws -> Alarm {
        let body: String = try row.value("body")
        return try VigieJSON.decoder().decode(Alarm.self, from: Data(body.utf8))
    }
}
