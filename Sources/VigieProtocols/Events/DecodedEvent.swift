import VigieCore

/// One alarm-panel event decoded from SIA DC-03, Contact ID or Sur-Gard data, classified for Vigie.
///
/// It is the common output of every data parser, so the receivers and the alarm engine never
/// look at a wire format. Unknown codes give ``EventCategory/unknown``, never an error.
public struct DecodedEvent: Hashable, Sendable, Codable {
    /// Which code table ``code`` belongs to.
    public enum Format: String, Hashable, Sendable, Codable {
        /// A SIA DC-03 two-letter code (`BA`).
        case sia
        /// A Contact ID three-digit code (`130`).
        case contactID
    }

    /// The event code as sent: two letters for SIA, three digits for Contact ID.
    public var code: String
    /// The code table of ``code``.
    public var format: Format
    /// Alarm, restore or status.
    public var qualifier: EventQualifier
    /// Zone (point, device) number as sent, if the code is addressed to a zone.
    public var zone: String?
    /// Partition (area, group) as sent.
    public var partition: String?
    /// User number as sent, if the code is addressed to a user.
    public var user: String?
    /// The Vigie category, which picks the operator procedure.
    public var category: EventCategory
    /// Short English description from the code table.
    public var description: String
    /// The same in French, for the French console ("Alarme intrusion"); optional so that JSON written
    /// before it existed still decodes.
    public var frenchDescription: String?
    /// Free text sent with the event (SIA `^…^` descriptor or `A` text block).
    public var text: String?
    /// Whether the panel flagged this as an old (logged) event: SIA `O` block.
    public var isOld: Bool
    /// SIA modifiers other than those mapped to fields above (for example `ti` → `12:30`).
    public var modifiers: [String: String]

    public init(
        code: String, format: Format, qualifier: EventQualifier, zone: String? = nil, partition: String? = nil,
        user: String? = nil, category: EventCategory, description: String, frenchDescription: String? = nil, text: String? = nil,
        isOld: Bool = false, modifiers: [String: String] = [:]
    ) {
        self.code = code
        self.format = format
        self.qualifier = qualifier
        self.zone = zone
        self.partition = partition
        self.user = user
        self.category = category
        self.description = description
        self.frenchDescription = frenchDescription
        self.text = text
        self.isOld = isOld
        self.modifiers = modifiers
    }
}
