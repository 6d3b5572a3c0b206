import Foundation
import GRDB
import VigieCore

extension SQLiteStore {
    public func media(alarmID: UUID) async throws -> [Medium] {
        try await pool.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT body FROM media
                    WHERE alarm_id = ?1 OR signal_id IN (SELECT signal_id FROM alarm_event WHERE alarm_id = ?1)
                    ORDER BY received_at, id
                    """, arguments: [alarmID.uuidString]
            ).map { body in
                var medium = try Self.medium(body: body)
                medium.alarmID = alarmID
                return medium
            }
        }
    }

    public func medium(id: UUID) async throws -> Medium? {
        try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT body, (SELECT alarm_id FROM alarm_event WHERE signal_id = media.signal_id AND alarm_id IS NOT NULL LIMIT 1) AS of_signal
                        FROM media WHERE id = ?
                        """, arguments: [id.uuidString])
            else { return nil }
            var medium = try Self.medium(body: row["body"])
            // Media brought by a signal belong to the alarm the signal went to.
            if medium.alarmID == nil { medium.alarmID = (row["of_signal"] as String?).flatMap(UUID.init(uuidString:)) }
            return medium
        }
    }

    public func addMedia(_ media: [Medium], logbook: LogbookDraft) async throws {
        let at = timestamp
        try await pool.write { db in
            for medium in media { try Self.insert(medium, in: db) }
            try Self.append(logbook, at: at, in: db)
        }
    }

    public func retainedMedia(receivedBefore cutoff: Date, limit: Int) async throws -> [Medium] {
        try await pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT body FROM media WHERE purged_at IS NULL AND received_at < ? ORDER BY received_at, id LIMIT ?",
                arguments: [cutoff.millisecondsSince1970, limit]
            ).map(Self.medium(body:))
        }
    }

    public func markMediaPurged(_ ids: [UUID], at date: Date, logbook: LogbookDraft) async throws {
        let at = timestamp
        try await pool.write { db in
            for id in ids {
                guard let body = try String.fetchOne(db, sql: "SELECT body FROM media WHERE id = ?", arguments: [id.uuidString]) else {
                    throw StoreError.notFound(kind: "medium", id: id.uuidString)
                }
                var medium = try Self.medium(body: body)
                medium.purgedAt = date
                try db.execute(
                    sql: "UPDATE media SET purged_at = ?, body = ? WHERE id = ?",
                    arguments: [date.millisecondsSince1970, try Self.mediumBody(medium), id.uuidString])
            }
            try Self.append(logbook, at: at, in: db)
        }
    }

    public func isMediaFileRetained(sha256: String) async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM media WHERE sha256 = ? AND purged_at IS NULL)", arguments: [sha256]) ?? false
        }
    }

    /// Indexes one medium inside the caller's transaction.
    static func insert(_ medium: Medium, in db: Database) throws {
        try db.cachedStatement(
            sql: "INSERT INTO media (id, signal_id, alarm_id, sha256, received_at, purged_at, body) VALUES (?, ?, ?, ?, ?, ?, ?)"
        ).execute(
            arguments: [
                medium.id.uuidString, medium.signalID, medium.alarmID?.uuidString, medium.sha256, medium.receivedAt.millisecondsSince1970,
                medium.purgedAt?.millisecondsSince1970, try mediumBody(medium),
            ])
    }

    static func mediumBody(_ medium: Medium) throws -> String {
        String(decoding: try VigieJSON.encoder().encode(medium), as: UTF8.self)
    }

    static func medium(body: String) throws -> Medium {
        try VigieJSON.decoder().decode(Medium.self, from: Data(body.utf8))
    }
}
