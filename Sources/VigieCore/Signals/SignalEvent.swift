/// One event of a received signal, as decoded from its data block (Contact ID or SIA).
public struct SignalEvent: Codable, Sendable, Hashable {
    /// The code as the panel sent it: `BA`, `E130` (Contact ID with its qualifier), `401`.
    public var code: String
    public var qualifier: EventQualifier
    public var category: EventCategory
    public var zone: Int?
    public var partition: Int?
    public var user: Int?
    /// The code's meaning from the code tables ("Burglary Alarm").
    public var description: String
    /// The same meaning in French ("Alarme intrusion"); `nil` for events stored before it was kept.
    public var frenchDescription: String?
    /// Free text that came with the event (SIA text blocks, `[X…]` data).
    public var text: String?

    public init(
        code: String, qualifier: EventQualifier, category: EventCategory, zone: Int? = nil, partition: Int? = nil, user: Int? = nil,
        description: String, frenchDescription: String? = nil, text: String? = nil
    ) {
        self.code = code
        self.qualifier = qualifier
        self.category = category
        self.zone = zone
        self.partition = partition
        self.user = user
        self.description = description
        self.frenchDescription = frenchDescription
        self.text = text
    }

    /// The code's meaning in both languages (English again where no French was kept).
    public var wording: Wording { Wording(en: description, fr: frenchDescription ?? description) }
}
