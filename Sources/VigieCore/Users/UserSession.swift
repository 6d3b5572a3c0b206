import Foundation

/// A signed-in browser: the cookie names it, the store keeps it so that any node can check it.
public struct UserSession: Codable, Sendable, Hashable {
    /// SHA-256 of the cookie's random value, hex: a stolen database does not yield usable cookies.
    public var idHash: String
    public var userID: UUID
    /// The token the console sends back in `X-CSRF-Token` on every state-changing request.
    public var csrfToken: String
    public var createdAt: Date
    public var lastSeenAt: Date
    /// The session ends at this time whatever the activity (a shift is at most 12 hours).
    public var expiresAt: Date

    public init(idHash: String, userID: UUID, csrfToken: String, createdAt: Date, lastSeenAt: Date, expiresAt: Date) {
        self.idHash = idHash
        self.userID = userID
        self.csrfToken = csrfToken
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.expiresAt = expiresAt
    }
}
