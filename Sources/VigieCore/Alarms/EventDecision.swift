import Foundation

/// What happens to one event of a signal: every event ends in exactly one of these, never lost.
public enum EventDecision: Sendable, Hashable {
    /// Written to the logbook only, with why it raised nothing.
    case logged(reason: LogReason)
    /// A new alarm opens.
    case open(AlarmOpening)
    /// The event joins the site's open alarm, whose priority becomes `priority` (raised, never lowered).
    case join(alarmID: UUID, priority: Int, category: EventCategory, confirmed: Bool)
    /// A restore: the zone is back to normal in the site's open alarm.
    case restore(alarmID: UUID, zone: Int?)
}

/// Why an event was logged without an alarm.
public enum LogReason: String, Codable, Sendable, Hashable {
    case linkCheck, information, siteOnTest, siteOutOfService, zoneSuppressed, normalOpening, normalClosing, restoreWithoutAlarm,
        unknownSite,
        /// The device is muted by a temporary instruction (``TemporaryInstruction/suppressedDevices``).
        deviceMuted,
        /// The device is flooding and the site has no open alarm for its events to join (``DeviceFloodWatch``).
        deviceFlooding
}

/// A new alarm's first facts.
public struct AlarmOpening: Sendable, Hashable {
    public var id: UUID
    public var category: EventCategory
    public var priority: Int
    public var title: String
    /// The title in each language (see ``Alarm/titles``).
    public var titles: Wording
    public var confirmed: Bool
    /// The event's code (see ``Alarm/code``).
    public var code: String?

    public init(
        id: UUID = UUID(), category: EventCategory, priority: Int, title: String, titles: Wording? = nil, confirmed: Bool = false,
        code: String? = nil
    ) {
        self.id = id
        self.category = category
        self.priority = priority
        self.title = title
        self.titles = titles ?? Wording(both: title)
        self.confirmed = confirmed
        self.code = code
    }
}
