import Foundation

/// What the processor knows about the site a signal comes from, gathered by the alarm service.
public struct ProcessingContext: Sendable {
    public var site: Site?
    /// The site's zones by number, for descriptions and zone types.
    public var zones: [Int: Zone]
    public var schedule: OpeningSchedule?
    /// Temporary instructions of the site valid at the signal's time.
    public var activeInstructions: [TemporaryInstruction]
    /// The site's open alarm, if any: new events join it instead of flooding the queue.
    public var openAlarm: OpenAlarmSummary?
    /// Whether the site is the station's own (its alarms outrank every client's).
    public var isStationSite: Bool
    /// The procedures, for the priority one of them gives the site's alarms of a category or code.
    public var procedures: ProcedureResolver
    /// The device the signal came from (a camera's e-mail or push), if one.
    public var deviceID: UUID?
    /// Whether that device is flooding (``DeviceFloodWatch``).
    public var deviceFlooding: Bool = false

    public init(
        site: Site?, zones: [Int: Zone] = [:], schedule: OpeningSchedule? = nil, activeInstructions: [TemporaryInstruction] = [],
        openAlarm: OpenAlarmSummary? = nil, isStationSite: Bool = false, procedures: ProcedureResolver = ProcedureResolver(procedures: [])
    ) {
        self.site = site
        self.zones = zones
        self.schedule = schedule
        self.activeInstructions = activeInstructions
        self.openAlarm = openAlarm
        self.isStationSite = isStationSite
        self.procedures = procedures
    }
}

/// The part of a site's open alarm that processing needs.
public struct OpenAlarmSummary: Sendable, Hashable {
    public var id: UUID
    public var priority: Int
    public var category: EventCategory
    public var confirmed: Bool
    /// Zones that went into alarm, with the time of their first burglary event (for sequential confirmation).
    public var burglaryZones: [Int: Date]
    /// When a hold-up and a tamper were first seen, for confirmed hold-up (BS 8243).
    public var holdUpAt: Date?
    public var tamperAt: Date?

    public init(
        id: UUID, priority: Int, category: EventCategory, confirmed: Bool = false, burglaryZones: [Int: Date] = [:], holdUpAt: Date? = nil,
        tamperAt: Date? = nil
    ) {
        self.id = id
        self.priority = priority
        self.category = category
        self.confirmed = confirmed
        self.burglaryZones = burglaryZones
        self.holdUpAt = holdUpAt
        self.tamperAt = tamperAt
    }
}
