import Foundation
import PostgresNIO
import VigieCore

/// The media index's rows: a few columns to find them by, and the `Medium` itself as JSON (as in the SQLite store).
enum MediaRow {
    static func insert(_ media: [Medium], in write: PostgresWrite) async throws {
        for chunk in media.chunked(by: 500) {
            var binds = PostgresBindings(capacity: chunk.count * 7)
            var rows: [String] = []
            for medium in chunk {
                rows.append(binds.placeholders(7))
                binds.append(medium.id.uuidString)
                binds.append(medium.signalID)
                binds.append(medium.alarmID?.uuidString)
                binds.append(medium.sha256)
                binds.append(medium.receivedAt.millisecondsSince1970)
                binds.append(medium.purgedAt?.millisecondsSince1970)
                binds.append(try body(medium))
            }
            try await write.execute(
                PostgresQuery(
                    unsafeSQL:
                        "INSERT INTO media (id, signal_id, alarm_id, sha256, received_at, purged_at, body) VALUES \(rows.joined(separator: ", "))",
                    binds: binds))
        }
    }

    static func body(_ medium: Medium) throws -> String {
        String(decoding: try VigieJSON.encoder().encode(medium), as: UTF8.self)
    }

    static func medium(_ row: PostgresRandomAccessRow) throws -> Medium {
        let body: String = try row.value("body")
        return try VigieJSON.decoder().decode(Medium.self, from: Data(body.utf8))
    }
}
