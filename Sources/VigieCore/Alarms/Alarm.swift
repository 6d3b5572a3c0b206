import Foundation

/// The operator's work item (*alarme à traiter*): one site's events grouped, prioritised, and handled to closure.
public struct Alarm: Codable, Sendable, Hashable, Identifiable {
    public var id: UUID
    public var siteID: UUID?
    public var category: EventCategory
    /// Higher first in the queue.
    public var priority: Int
    public var title: String
    /// Two zones within the confirmation window: a confirmed intrusion.
    public var confirmed: Bool
    /// When its first event was received: the start of every response-time figure.
    public var createdAt: Date
    public var lastEventAt: Date
    public var eventCount: Int
    /// Zones that went into alarm or fault and have not been restored yet.
    public var zonesInAlarm: [Int]
    public var lifecycle: AlarmLifecycle

    public init(id: UUID, siteID: UUID?, opening: AlarmOpening, zone: Int?, at date: Date) {
        self.id = id
        self.siteID = siteID
        self.category = opening.category
        self.priority = opening.priority
        self.title = opening.title
        self.confirmed = opening.confirmed
        self.createdAt = date
        self.lastEventAt = date
        self.eventCount = 1
        self.zonesInAlarm = zone.map { [$0] } ?? []
        self.lifecycle = AlarmLifecycle()
    }

    /// Applies a processing decision about one more event of this alarm.
    public mutating func absorb(_ decision: EventDecision, zone: Int?, at date: Date) {
        switch decision {
        case .join(_, let priority, let category, let confirmed):
            self.priority = max(self.priority, priority)
            self.category = category
            self.confirmed = self.confirmed || confirmed
            eventCount += 1
            lastEventAt = max(lastEventAt, date)
            if let zone, !zonesInAlarm.contains(zone) { zonesInAlarm.append(zone) }
        case .restore:
            eventCount += 1
            lastEventAt = max(lastEventAt, date)
            zonesInAlarm.removeAll { $0 == zone }
        case .open, .logged:
            break
        }
    }

    /// What processing needs to know about it while it is open.
    public func summary(burglaryZones: [Int: Date]) -> OpenAlarmSummary {
        OpenAlarmSummary(id: id, priority: priority, category: category, confirmed: confirmed, burglaryZones: burglaryZones)
    }
}
