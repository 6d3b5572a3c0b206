import struct Foundation.UUID

/// The kinds of configuration data an administrator maintains; the raw value is the API path segment.
public enum EntityKind: String, Codable, Sendable, CaseIterable, Hashable {
    case customer = "customers"
    case site = "sites"
    case transmitter = "transmitters"
    case zone = "zones"
    case contact = "contacts"
    case procedure = "procedures"
    case openingSchedule = "opening-schedules"
    case temporaryInstruction = "temporary-instructions"
    case closureCode = "closure-codes"
    case supervisionProfile = "supervision-profiles"
    case device = "devices"
}

/// A pointer from one entity to another (a site to its customer, a zone to its site).
public struct EntityReference: Codable, Sendable, Hashable {
    public var kind: EntityKind
    public var id: UUID

    public init(_ kind: EntityKind, _ id: UUID) {
        self.kind = kind
        self.id = id
    }
}
