/// What an aggravation changed, kept in the logbook entry's details: the evidence of what the alarm was before
/// the more serious event, and what made it so.
public struct Aggravation: Codable, Sendable, Hashable {
    public var fromTitle: String
    /// The title before, in each language (absent from entries written before it was kept).
    public var fromTitles: Wording?
    public var fromCategory: EventCategory
    public var fromPriority: Int
    public var toTitle: String
    public var toCategory: EventCategory
    public var toPriority: Int
    /// The event that aggravated it.
    public var code: String
    public var zone: Int?
    /// Whether it was the confirmation of an intrusion or a hold-up.
    public var confirmed: Bool
}
