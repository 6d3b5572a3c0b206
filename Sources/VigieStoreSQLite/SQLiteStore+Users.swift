import Foundation
import GRDB
import VigieCore

extension SQLiteStore {
    public func createUser(_ user: User, passwordHash: String, by author: Author) async throws -> User {
        try user.validate()
        let at = timestamp
        return try await pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM user WHERE username = ?", arguments: [user.username]) != nil {
                throw StoreError.duplicate(kind: "user", field: "username", value: user.username)
            }
            try db.execute(
                sql: """
                    INSERT INTO user (id, username, display_name, role, active, password_hash, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    user.id.uuidString, user.username, user.displayName, user.role.rawValue, user.active, passwordHash,
                    at.millisecondsSince1970,
                ])
            try Self.append(UserChangeLog.created(user, by: author), at: at, in: db)
            return user
        }
    }

    public func updateUser(_ user: User, by author: Author) async throws -> User {
        try user.validate()
        let at = timestamp
        return try await pool.write { db in
            guard let before = try Self.fetchUser(id: user.id, db: db) else {
                throw StoreError.notFound(kind: "user", id: user.id.uuidString)
            }
            if let holder = try String.fetchOne(db, sql: "SELECT id FROM user WHERE username = ?", arguments: [user.username]),
                holder != user.id.uuidString
            {
                throw StoreError.duplicate(kind: "user", field: "username", value: user.username)
            }
            guard before != user else { return user }
            try db.execute(
                sql: "UPDATE user SET username = ?, display_name = ?, role = ?, active = ? WHERE id = ?",
                arguments: [user.username, user.displayName, user.role.rawValue, user.active, user.id.uuidString])
            if !user.active {
                try db.execute(sql: "DELETE FROM user_session WHERE user_id = ?", arguments: [user.id.uuidString])
            }
            try Self.append(UserChangeLog.updated(from: before, to: user, by: author), at: at, in: db)
            return user
        }
    }

    public func setPassword(userID: UUID, passwordHash: String, by author: Author) async throws {
        let at = timestamp
        try await pool.write { db in
            guard let user = try Self.fetchUser(id: userID, db: db) else {
                throw StoreError.notFound(kind: "user", id: userID.uuidString)
            }
            try db.execute(
                sql: "UPDATE user SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
                arguments: [passwordHash, userID.uuidString])
            try Self.append(UserChangeLog.passwordChanged(user, by: author), at: at, in: db)
        }
    }

    public func user(id: UUID) async throws -> User? {
        try await pool.read { db in try Self.fetchUser(id: id, db: db) }
    }

    public func credentials(username: String) async throws -> UserCredentials? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM user WHERE username = ?", arguments: [username]) else { return nil }
            return UserCredentials(
                user: Self.user(row), passwordHash: row["password_hash"], failedAttempts: row["failed_attempts"],
                lockedUntil: (row["locked_until"] as Int64?).map(Date.init(millisecondsSince1970:)))
        }
    }

    public func listUsers(query: ListQuery) async throws -> Page<User> {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        for word in query.searchWords {
            conditions.append("(username LIKE ? ESCAPE '\\' OR lower(display_name) LIKE ? ESCAPE '\\')")
            arguments += ["%\(word.likeEscaped)%", "%\(word.likeEscaped)%"]
        }
        return try await page(
            of: "user", where: conditions, arguments: arguments, order: "username", offset: query.offset, limit: query.limit, transform: Self.user)
    }

    public func recordFailedLogin(userID: UUID, lockUntil: Date?, at: Date) async throws {
        try await pool.write { db in
            guard let user = try Self.fetchUser(id: userID, db: db) else { return }
            try db.execute(
                sql: "UPDATE user SET failed_attempts = failed_attempts + 1, locked_until = ? WHERE id = ?",
                arguments: [lockUntil?.millisecondsSince1970, userID.uuidString])
            try Self.append(UserChangeLog.loginFailed(user, lockedUntil: lockUntil), at: at.roundedToMilliseconds, in: db)
        }
    }

    public func openSession(_ session: UserSession, for user: User) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE user SET failed_attempts = 0, locked_until = NULL WHERE id = ?", arguments: [user.id.uuidString])
            try db.execute(
                sql: """
                    INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    session.idHash, session.userID.uuidString, session.csrfToken, session.createdAt.millisecondsSince1970,
                    session.lastSeenAt.millisecondsSince1970, session.expiresAt.millisecondsSince1970,
                ])
            try Self.append(UserChangeLog.login(user), at: session.createdAt.roundedToMilliseconds, in: db)
        }
    }

    public func session(idHash: String) async throws -> UserSession? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM user_session WHERE id_hash = ?", arguments: [idHash]) else {
                return nil
            }
            return UserSession(
                idHash: row["id_hash"], userID: UUID(uuidString: row["user_id"])!, csrfToken: row["csrf_token"],
                createdAt: Date(millisecondsSince1970: row["created_at"]), lastSeenAt: Date(millisecondsSince1970: row["last_seen_at"]),
                expiresAt: Date(millisecondsSince1970: row["expires_at"]))
        }
    }

    public func touchSession(idHash: String, at: Date) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE user_session SET last_seen_at = ? WHERE id_hash = ?", arguments: [at.millisecondsSince1970, idHash])
        }
    }

    public func closeSession(idHash: String, kind: LogbookKind, by author: Author) async throws {
        let at = timestamp
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM user_session WHERE id_hash = ?", arguments: [idHash])
            if db.changesCount > 0 {
                try Self.append(UserChangeLog.sessionClosed(kind: kind, by: author), at: at, in: db)
            }
        }
    }

    static func fetchUser(id: UUID, db: Database) throws -> User? {
        try Row.fetchOne(db, sql: "SELECT * FROM user WHERE id = ?", arguments: [id.uuidString]).map(user)
    }

    static func user(_ row: Row) -> User {
        User(
            id: UUID(uuidString: row["id"])!, username: row["username"], displayName: row["display_name"],
            role: Role(rawValue: row["role"]) ?? .operator, active: row["active"])
    }
}
