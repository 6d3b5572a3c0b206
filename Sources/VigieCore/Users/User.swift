import Foundation

/// A person who signs in to the console.
public struct User: Codable, Sendable, Hashable, Identifiable {
    public var id: UUID
    /// The sign-in name: lower-case letters, digits, `.`, `-`, `_`.
    public var username: String
    public var displayName: String
    public var role: Role
    /// A disabled user cannot sign in; users are disabled rather than deleted so the logbook keeps its authors.
    public var active: Bool

    public init(id: UUID = UUID(), username: String, displayName: String, role: Role, active: Bool = true) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.active = active
    }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.check(
            (2...40).contains(username.count) && username.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || ".-_".contains($0)) },
            "username", .username)
        v.requireText(displayName, "displayName", maxLength: 100)
        try v.throwIfInvalid()
    }

    /// Rules for a new password, checked before hashing.
    public static func validate(password: String, field: String = "password") throws(ValidationError) {
        if password.count < 10 { throw ValidationError(field: field, .passwordTooShort) }
        if password.utf8.count > 72 { throw ValidationError(field: field, .passwordTooLong) }
    }
}

/// A user as the store keeps it for signing in: the password hash and the failed-attempt counter.
public struct UserCredentials: Sendable, Hashable {
    public var user: User
    public var passwordHash: String
    /// Consecutive failed sign-ins since the last success.
    public var failedAttempts: Int
    /// Sign-in refused until this time after too many failures.
    public var lockedUntil: Date?

    public init(user: User, passwordHash: String, failedAttempts: Int = 0, lockedUntil: Date? = nil) {
        self.user = user
        self.passwordHash = passwordHash
        self.failedAttempts = failedAttempts
        self.lockedUntil = lockedUntil
    }
}
