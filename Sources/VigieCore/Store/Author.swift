import Foundation

/// Who made a change: a signed-in user, or the station itself (start-up, migrations, demo seeding).
public struct Author: Codable, Sendable, Hashable {
    public var userID: UUID?
    public var name: String

    public init(userID: UUID?, name: String) {
        self.userID = userID
        self.name = name
    }

    public init(_ user: User) {
        self.init(userID: user.id, name: user.username)
    }

    public static let system = Author(userID: nil, name: "system")
}
