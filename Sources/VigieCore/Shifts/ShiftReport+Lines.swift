import Foundation

extension ShiftReport {
    /// An alarm the operator closed: what it was, where, when it came, was taken and closed, and with which code.
    public struct HandledAlarm: Codable, Sendable, Hashable {
        public var alarmID: UUID
        public var siteID: UUID?
        public var siteName: String?
        public var titles: Wording
        public var category: EventCategory
        public var receivedAt: Date
        /// When the operator took it during the shift (absent when someone else had).
        public var takenAt: Date?
        public var closedAt: Date
        public var closureCode: String
        /// The code's label and outcome as the station defines them (absent for a code deleted since).
        public var closureLabel: String?
        public var closureOutcome: ClosureCode.Outcome?
        public var closureComment: String?

        init(_ alarm: Alarm, closedAt: Date, shift own: [LogbookEntry], facts: Facts) {
            let code = alarm.lifecycle.closureCode ?? ""
            let defined = facts.closureCodes.first { $0.code.caseInsensitiveCompare(code) == .orderedSame }
            alarmID = alarm.id
            siteID = alarm.siteID
            siteName = facts.siteName(of: alarm.siteID)
            titles = alarm.wording
            category = alarm.category
            receivedAt = alarm.createdAt
            takenAt = own.first { $0.kind == .alarmTaken && $0.alarmID == alarm.id }?.at
            self.closedAt = closedAt
            closureCode = code
            closureLabel = defined?.label
            closureOutcome = defined?.outcome
            closureComment = alarm.lifecycle.closureComment
        }
    }

    /// An alarm still open at the hand-over: its state, who holds it (nobody: it waits in the queue).
    public struct OpenAlarm: Codable, Sendable, Hashable {
        public var alarmID: UUID
        public var siteID: UUID?
        public var siteName: String?
        public var titles: Wording
        public var priority: Int
        public var state: AlarmState
        public var holder: String?
        public var receivedAt: Date

        init(_ alarm: Alarm, facts: Facts) {
            alarmID = alarm.id
            siteID = alarm.siteID
            siteName = facts.siteName(of: alarm.siteID)
            titles = alarm.wording
            priority = alarm.priority
            state = alarm.lifecycle.state
            holder = alarm.lifecycle.holder?.name
            receivedAt = alarm.createdAt
        }
    }

    /// A guard or a public service requested or on site for an open alarm, at its latest milestone.
    public struct DispatchInProgress: Codable, Sendable, Hashable {
        public var alarmID: UUID
        public var siteName: String?
        public var titles: Wording
        public var service: DispatchRecord.Service
        public var milestone: DispatchRecord.Milestone
        public var at: Date
        public var reference: String?

        /// Per open alarm and service, the latest milestone of `entries` unless it is `left`, oldest first.
        static func latest(of entries: [LogbookEntry], openAlarms: [Alarm], facts: Facts) -> [DispatchInProgress] {
            let open = Dictionary(openAlarms.map { ($0.id, $0) }) { first, _ in first }
            var latest: [String: DispatchInProgress] = [:]
            for entry in entries.sorted(by: { $0.sequence < $1.sequence }) where entry.kind == .alarmDispatch {
                guard let alarm = entry.alarmID.flatMap({ open[$0] }),
                    let record = try? VigieJSON.decoder().decode(DispatchRecord.self, from: Data(entry.details.utf8))
                else { continue }
                latest["\(alarm.id) \(record.service.rawValue)"] = DispatchInProgress(
                    alarmID: alarm.id, siteName: facts.siteName(of: alarm.siteID), titles: alarm.wording,
                    service: record.service, milestone: record.milestone, at: entry.at, reference: record.reference)
            }
            return latest.values.filter { $0.milestone != .left }.sorted { ($0.at, $0.service.rawValue) < ($1.at, $1.service.rawValue) }
        }
    }

    /// A temporary instruction in force: where, what, until when.
    public struct InstructionInForce: Codable, Sendable, Hashable {
        public var siteID: UUID
        public var siteName: String?
        public var text: String
        public var validUntil: Date
        public var suppressedZones: [Int]

        init(_ instruction: TemporaryInstruction, siteName: String?) {
            siteID = instruction.siteID
            self.siteName = siteName
            text = instruction.text
            validUntil = instruction.validUntil
            suppressedZones = instruction.suppressedZones
        }
    }

    /// One of the station's own problems (a receiver down, a full disk): when it was raised, whether it is over.
    public struct StationFault: Codable, Sendable, Hashable {
        public var alarmID: UUID
        public var titles: Wording
        public var receivedAt: Date
        public var state: AlarmState
        public var closedAt: Date?

        init(_ alarm: Alarm) {
            alarmID = alarm.id
            titles = alarm.wording
            receivedAt = alarm.createdAt
            state = alarm.lifecycle.state
            closedAt = alarm.lifecycle.closedAt
        }
    }

    /// A note, call or incident the operator wrote, as written.
    public struct WrittenEntry: Codable, Sendable, Hashable {
        public var kind: LogbookKind
        public var at: Date
        public var siteName: String?
        public var text: String

        init(_ entry: LogbookEntry, facts: Facts) {
            kind = entry.kind
            at = entry.at
            siteName = facts.siteName(of: entry.siteID)
            text = entry.summary
        }
    }
}
