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
    /// Who asked for it (the caller), for the logbook.
    public var requestedBy: String?

    public init(
        id: UUID = UUID(), siteID: UUID, text: String, validFrom: Date, validUntil: Date, suppressedZones: [Int] = [],
        requestedBy: String? = nil
    ) {
        self.id = id
        self.siteID = siteID
        self.text = text
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.suppressedZones = suppressedZones
        self.requestedBy = requestedBy
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
        v.optionalText(requestedBy, "requestedBy", maxLength: 120)
        try v.throwIfInvalid()
    }
}
