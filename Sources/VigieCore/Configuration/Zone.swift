import Foundation

/// A detection point or group of detectors of a site (*zone*, *boucle*), as numbered in the panel.
public struct Zone: ConfigEntity {
    public static let kind = EntityKind.zone

    /// What the zone detects; it tells the operator what a zone alarm means before the code does.
    public enum ZoneType: String, Codable, Sendable, CaseIterable {
        case entryExit, perimeter, interior, volumetric, glassBreak, holdUp, panic, fire, smoke, heat, gas, flood,
            temperature, technical, tamper, keySwitch, medical, other
    }

    public var id: UUID
    public var siteID: UUID
    /// The zone number as the panel reports it (1 to 9999).
    public var number: Int
    public var type: ZoneType
    public var description: String
    /// Where it is, for the guard: "rez-de-chaussée, porte quai 2".
    public var location: String?
    /// Codes that report this zone's state although the panel sends them without a zone: a UPS wired to the
    /// panel's mains input reports `AT` and `AR`, with no zone; with `["AT", "AR"]` here, zone 8 "onduleur" shows
    /// in alarm and back to normal (``ZoneAttribution``).
    public var eventCodes: [String]?

    public init(
        id: UUID = UUID(), siteID: UUID, number: Int, type: ZoneType, description: String, location: String? = nil, eventCodes: [String]? = nil
    ) {
        self.id = id
        self.siteID = siteID
        self.number = number
        self.type = type
        self.description = description
        self.location = location
        self.eventCodes = eventCodes
    }

    public var parent: EntityReference? { EntityReference(.site, siteID) }
    public static let uniqueKeyField = "number"
    public var uniqueKey: String? { "\(siteID)/\(number)" }
    public var label: String { "\(number) \(description)" }
    public var searchText: String { .searchText(String(number), description, location) }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.check((0...9999).contains(number), "number", .between(0, 9999))
        v.requireText(description, "description", maxLength: 120)
        v.optionalText(location, "location", maxLength: 200)
        for (index, code) in (eventCodes ?? []).enumerated() {
            v.check(
                (1...32).contains(code.count) && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }, "eventCodes[\(index)]",
                .eventCode)
        }
        try v.throwIfInvalid()
    }
}
