import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    public func createUser(_ user: User, passwordHash: String, by author: Author) async throws -> User {
        try user.validate()
        let at = timestamp
        return try await write { write in
            if try await !write.execute("SELECT 1 FROM vigie_user WHERE username = \(user.username)").isEmpty {
                throw StoreError.duplicate(kind: "user", field: "username", value: user.username)
            }
            try await write.execute(
                """
                INSERT INTO vigie_user (id, username, display_name, role, active, password_hash, created_at)
                VALUES (\(user.id.uuidString), \(user.username), \(user.displayName), \(user.role.rawValue), \(user.active), \(passwordHash),
                \(at.millisecondsSince1970))
                """)
            try write.append(UserChangeLog.created(user, by: author), at: at)
            return user
        }
    }

    public func updateUser(_ user: User, by author: Author) async throws -> User {
        try user.validate()
        let at = timestamp
        return try await write { write in
            guard let before = try await Self.user(id: user.id, in: write) else {
                throw StoreError.notFound(kind: "user", id: user.id.uuidString)
            }
            if let holder = try await write.execute("SELECT id FROM vigie_user WHERE username = \(user.username)").first?.value(
                "id", as: String.self),
                holder != user.id.uuidString
            {
                throw StoreError.duplicate(kind: "user", field: "username", value: user.username)
            }
            guard before != user else { return user }
            try await write.execute(
                """
                UPDATE vigie_user SET username = \(user.username), display_name = \(user.displayName), role = \(user.role.rawValue),
                active = \(user.active) WHERE id = \(user.id.uuidString)
                """)
            if !user.active {
                try await write.execute("DELETE FROM user_session WHERE user_id = \(user.id.uuidString)")
            }
            try write.append(UserChangeLog.updated(from: before, to: user, by: author), at: at)
            return user
        }
    }

    public func setPassword(userID: UUID, passwordHash: String, by author: Author) async throws {
        let at = timestamp
        try await write { write in
            guard let user = try await Self.user(id: userID, in: write) else {
                throw StoreError.notFound(kind: "user", id: userID.uuidString)
            }
            try await write.execute(
                "UPDATE vigie_user SET password_hash = \(passwordHash), failed_attempts = 0, locked_until = NULL WHERE id = \(userID.uuidString)")
            try write.append(UserChangeLog.passwordChanged(user, by: author), at: at)
        }
    }

    public func user(id: UUID) async throws -> User? {
        try await rows("SELECT * FROM vigie_user WHERE id = \(id.uuidString)").first.map(Self.user)
    }

    public func credentials(username: String) async throws -> UserCredentials? {
        guard let row = try await rows("SELECT * FROM vigie_user WHERE username = \(username)").first else { return nil }
        return UserCredentials(
            user: try Self.user(row), passwordHash: try row.value("password_hash"), failedAttempts: try row.value("failed_attempts"),
            lockedUntil: try row.value("locked_until", as: Int64?.self).map(Date.init(millisecondsSince1970:)))
    }

    public func listUsers(query: ListQuery) async throws -> Page<User> {
        var filter = SQLFilter()
        for word in query.searchWords {
            filter.add { binds in
                let placeholder = binds.bind(word)
                return "(strpos(username, \(placeholder)) > 0 OR strpos(lower(display_name), \(placeholder)) > 0)"
            }
        }
        return try await page(of: "vigie_user", filter: filter, order: "username", offset: query.offset, limit: query.limit, transform: Self.user)
    }

    public func recordFailedLogin(userID: UUID, lockUntil: Date?, at: Date) async throws {
        try await write { write in
            guard let user = try await Self.user(id: userID, in: write) else { return }
            try await write.execute(
                """
                UPDATE vigie_user SET failed_attempts = failed_attempts + 1, locked_until = \(lockUntil?.millisecondsSince1970)
                WHERE id = \(userID.uuidString)
                """)
            try write.append(UserChangeLog.loginFailed(user, lockedUntil: lockUntil), at: at.roundedToMilliseconds)
        }
    }

    static func user(id: UUID, in write: PostgresWrite) async throws -> User? {
        try await write.execute("SELECT * FROM vigie_user WHERE id = \(id.uuidString) FOR UPDATE").first.map(user)
    }

    static func user(_ row: PostgresRandomAccessRow) throws -> User {
        User(
            id: try row.uuid("id"), username: try row.value("username"), displayName: try row.value("display_name"),
            role: Role(rawValue: try row.value("role")) ?? .operator, active: try row.value("active"))
    }
}
