import Foundation

/// A time-limited instruction for a site (*consigne provisoire*): works, holidays, a zone to ignore.
public struct TemporaryInstruction: ConfigEntity {
    public static let kind = EntityKind.temporaryInstruction

    public var id: UUID
    public var siteID: UUID
    public var text: String
    public var validFrom: Date
    public var validUntil: Date
    /// Zone numbers whose alarms are logged but not raised while the instruction is valid.
    public var suppressedZones: [Int]
    /// Devices (cameras) whose events are logged but not raised while the instruction is valid: an operator mutes
    /// a camera that fires without cause, for a period, and the instruction records who and why.
    public var suppressedDevices: [UUID]
    /// Who asked for it (the caller), for the logbook.
    public var requestedBy: String?

    public init(
        id: UUID = UUID(), siteID: UUID, text: String, validFrom: Date, validUntil: Date, suppressedZones: [Int] = [],
        suppressedDevices: [UUID] = [], requestedBy: String? = nil
    ) {
        self.id = id
        self.siteID = siteID
        self.text = text
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.suppressedZones = suppressedZones
        self.suppressedDevices = suppressedDevices
        self.requestedBy = requestedBy
    }

    private enum CodingKeys: String, CodingKey {
        case id, siteID, text, validFrom, validUntil, suppressedZones, suppressedDevices, requestedBy
    }

    /// Instructions stored before devices could be muted have no `suppressedDevices`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UUID.self, forKey: .id)
        siteID = try container.decode(UUID.self, forKey: .siteID)
        text = try container.decode(String.self, forKey: .text)
        validFrom = try container.decode(Date.self, forKey: .validFrom)
        validUntil = try container.decode(Date.self, forKey: .validUntil)
        suppressedZones = try container.decode([Int].self, forKey: .suppressedZones)
        suppressedDevices = try container.decodeIfPresent([UUID].self, forKey: .suppressedDevices) ?? []
        requestedBy = try container.decodeIfPresent(String.self, forKey: .requestedBy)
    }

    public var parent: EntityReference? { EntityReference(.site, siteID) }
    public var label: String { String(text.prefix(60)) }
    public var searchText: String { .searchText(text, requestedBy) }

    public func isActive(at date: Date) -> Bool { validFrom <= date && date < validUntil }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.requireText(text, "text", maxLength: 2000)
        v.check(validFrom < validUntil, "validUntil", .untilAfterFrom)
        v.check(validUntil.timeIntervalSince(validFrom) <= 366 * 86_400, "validUntil", .withinAYear)
        for (index, zone) in suppressedZones.enumerated() {
            v.check((0...9999).contains(zone), "suppressedZones[\(index)]", .between(0, 9999))
        }
        v.check(suppressedDevices.count <= 100, "suppressedDevices", .maximumItems(100))
        v.optionalText(requestedBy, "requestedBy", maxLength: 120)
        try v.throwIfInvalid()
    }
}
