import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    public func media(alarmID: UUID) async throws -> [Medium] {
        let id = alarmID.uuidString
        return try await rows(
            """
            SELECT body FROM media
            WHERE alarm_id = \(id) OR signal_id IN (SELECT signal_id FROM alarm_event WHERE alarm_id = \(id))
            ORDER BY received_at, id
            """
        ).map { row in
            var medium = try MediaRow.medium(row)
            medium.alarmID = alarmID
            return medium
        }
    }

    public func medium(id: UUID) async throws -> Medium? {
        let found = try await rows(
            """
            SELECT body, (SELECT alarm_id FROM alarm_event WHERE signal_id = media.signal_id AND alarm_id IS NOT NULL LIMIT 1) AS of_signal
            FROM media WHERE id = \(id.uuidString)
            """
        ).first
        guard let found else { return nil }
        var medium = try MediaRow.medium(found)
        // Media brought by a signal belong to the alarm the signal went to.
        if medium.alarmID == nil { medium.alarmID = try found.optionalUUID("of_signal") }
        return medium
    }

    public func addMedia(_ media: [Medium], logbook: LogbookDraft) async throws {
        let at = timestamp
        try await write { write in
            try await MediaRow.insert(media, in: write)
            try write.append(logbook, at: at)
        }
    }

    public func retainedMedia(receivedBefore cutoff: Date, limit: Int) async throws -> [Medium] {
        try await rows(
            """
            SELECT body FROM media WHERE purged_at IS NULL AND received_at < \(cutoff.millisecondsSince1970)
            ORDER BY received_at, id LIMIT \(limit)
            """
        ).map(MediaRow.medium)
    }

    public func markMediaPurged(_ ids: [UUID], at date: Date, logbook: LogbookDraft) async throws {
        let at = timestamp
        try await write { write in
            let found = try await write.execute("SELECT body FROM media WHERE id = ANY(\(ids.map(\.uuidString))::text[]) FOR UPDATE")
                .map(MediaRow.medium)
            if let missing = Set(ids).subtracting(found.map(\.id)).first {
                throw StoreError.notFound(kind: "medium", id: missing.uuidString)
            }
            for var medium in found {
                medium.purgedAt = date
                try await write.execute(
                    "UPDATE media SET purged_at = \(date.millisecondsSince1970), body = \(try MediaRow.body(medium)) WHERE id = \(medium.id.uuidString)"
                )
            }
            try write.append(logbook, at: at)
        }
    }

    public func isMediaFileRetained(sha256: String) async throws -> Bool {
        try await rows("SELECT EXISTS (SELECT 1 FROM media WHERE sha256 = \(sha256) AND purged_at IS NULL) AS kept").first?.value("kept") ?? false
    }
}
