import Foundation

/// An alarm waiting for its restore with someone on site (*mesure conservatoire*: the guard stays at the forced
/// door, story 2): out of its operator's hands, in no one's queue, until the restore arrives, the guard leaves or
/// the reminder falls due; then it comes back to the queue, visibly, saying why (``End``).
public struct Parking: Codable, Sendable, Hashable {
    /// Why a parked alarm came back.
    public enum End: String, Codable, Sendable, CaseIterable {
        /// The site restored: nothing left in alarm; the operator closes it.
        case restored
        /// The guard left the site: someone decides what next.
        case guardLeft
        /// The reminder fell due: the operator checks on the site.
        case reminderDue
    }

    /// Who stays on site, in the operator's words ("agent GS-4412, porte forcée").
    public var onSite: String
    public var note: String?
    /// Minutes after parking when the alarm comes back if nothing happened (1 to 1,440).
    public var reminderMinutes: Int
    public var since: Date
    public var by: String
    public var endedAt: Date?
    public var end: End?

    public init(onSite: String, note: String?, reminderMinutes: Int, since: Date, by: String) {
        self.onSite = onSite
        self.note = note
        self.reminderMinutes = reminderMinutes
        self.since = since
        self.by = by
    }

    public var isActive: Bool { end == nil }
    /// When the alarm comes back by itself.
    public var remindAt: Date { since.addingTimeInterval(TimeInterval(reminderMinutes * 60)) }

    /// The request's fields, checked: who is on site, the note and the reminder, each named when wrong.
    public static func validate(onSite: String, note: String?, reminderMinutes: Int) throws(ValidationError) {
        var v = Validator()
        v.requireText(onSite, "onSite", maxLength: 200)
        v.optionalText(note, "note", maxLength: 500)
        v.check((1...1440).contains(reminderMinutes), "reminderMinutes", .between(1, 1440))
        try v.throwIfInvalid()
    }
}
