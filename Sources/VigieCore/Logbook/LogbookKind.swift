/// What a logbook entry records. Open-ended so later features add kinds without a migration.
public struct LogbookKind: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let configCreated: Self = "config.created"
    public static let configUpdated: Self = "config.updated"
    public static let configDeleted: Self = "config.deleted"
    public static let userCreated: Self = "user.created"
    public static let userUpdated: Self = "user.updated"
    public static let passwordChanged: Self = "user.passwordChanged"
    public static let login: Self = "session.login"
    public static let loginFailed: Self = "session.loginFailed"
    public static let logout: Self = "session.logout"
    public static let sessionExpired: Self = "session.expired"
    public static let siteModeChanged: Self = "site.modeChanged"
    /// A free-text note written by an operator (*note de vacation*).
    public static let note: Self = "manual.note"
    /// An inbound call recorded by an operator (*réception d'appel*).
    public static let callReceived: Self = "manual.call"
    /// An incident reported by an operator.
    public static let incident: Self = "manual.incident"
    public static let stationStarted: Self = "station.started"
    public static let stationStopped: Self = "station.stopped"

    /// The kinds an operator may write by hand.
    public static let manualKinds: [LogbookKind] = [.note, .callReceived, .incident]
}
