import VigieCore

/// The event part of a Contact ID message: qualifier, event code, group and zone or user.
///
/// It is what DC-09 `ADM-CID` carries (`1130 01 005`), what the 16-digit message wraps, and
/// what Sur-Gard protocol 5 prints as `E130 01 005`.
public struct ContactIDEvent: Hashable, Sendable {
    /// The qualifier digit: 1 new event/opening, 3 restore/closing, 6 still present.
    public var qualifier: EventQualifier
    /// The three-character event code (digits; B–F are legal Contact ID digits).
    public var code: String
    /// The two-digit group (partition), `00` when none.
    public var group: String
    /// The three-digit zone or user number, `000` when none.
    public var zoneOrUser: String

    public init(qualifier: EventQualifier, code: String, group: String, zoneOrUser: String) {
        self.qualifier = qualifier
        self.code = code
        self.group = group
        self.zoneOrUser = zoneOrUser
    }

    /// The qualifier digit on the wire (`1`, `3`, `6`).
    public var qualifierDigit: Character {
        switch qualifier {
        case .alarm: "1"
        case .restore: "3"
        case .status: "6"
        }
    }

    /// Classifies the event with the DC-05 table.
    public var decoded: DecodedEvent {
        let info = Int(code).flatMap { ContactIDCodeTable.info(for: $0) }
        var event = DecodedEvent(
            code: code, format: .contactID, qualifier: qualifier, partition: group,
            category: info?.category(for: qualifier) ?? .unknown,
            description: info?.description(for: qualifier) ?? "Unknown Contact ID code \(code)",
            frenchDescription: info?.frenchDescription(for: qualifier) ?? "Code Contact ID inconnu \(code)"
        )
        if info?.address == .user { event.user = zoneOrUser } else { event.zone = zoneOrUser }
        return event
    }

    /// The `ADM-CID` data form, `QEEE GG CCC`.
    public var admCIDText: String { "\(qualifierDigit)\(code) \(group) \(zoneOrUser)" }
}
