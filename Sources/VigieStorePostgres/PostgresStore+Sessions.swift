import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    public func openSession(_ session: UserSession, for user: User) async throws {
        try await write { write in
            try await write.execute("UPDATE vigie_user SET failed_attempts = 0, locked_until = NULL WHERE id = \(user.id.uuidString)")
            try await write.execute(
                """
                INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
                VALUES (\(session.idHash), \(session.userID.uuidString), \(session.csrfToken), \(session.createdAt.millisecondsSince1970),
                \(session.lastSeenAt.millisecondsSince1970), \(session.expiresAt.millisecondsSince1970))
                """)
            try write.append(UserChangeLog.login(user), at: session.createdAt.roundedToMilliseconds)
        }
    }

    public func session(idHash: String) async throws -> UserSession? {
        guard let row = try await rows("SELECT * FROM user_session WHERE id_hash = \(idHash)").first else { return nil }
        return UserSession(
            idHash: try row.value("id_hash"), userID: try row.uuid("user_id"), csrfToken: try row.value("csrf_token"),
            createdAt: try row.date("created_at"), lastSeenAt: try row.date("last_seen_at"), expiresAt: try row.date("expires_at"))
    }

    public func touchSession(idHash: String, at: Date) async throws {
        try await write(logged: false) { write in
            try await write.execute("UPDATE user_session SET last_seen_at = \(at.millisecondsSince1970) WHERE id_hash = \(idHash)")
        }
    }

    public func closeSession(idHash: String, kind: LogbookKind, by author: Author) async throws {
        let at = timestamp
        try await write { write in
            let deleted = try await write.execute("DELETE FROM user_session WHERE id_hash = \(idHash) RETURNING id_hash")
            if !deleted.isEmpty {
                try write.append(UserChangeLog.sessionClosed(kind: kind, by: author), at: at)
            }
        }
    }
}
