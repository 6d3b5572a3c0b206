import Foundation

/// The hand-over report (*rapport de fin de service*, story 7): what the operator did during the shift and what the
/// next one takes over, generated from the shift's logbook and the station's state at the hand-over.
///
/// Facts only, no sentences: the console renders them in its reader's language. The report is kept as the details
/// of the `shift.handedOver` logbook entry, so it can be read again after the hand-over.
public struct ShiftReport: Codable, Sendable, Hashable {
    public var operatorName: String
    public var from: Date
    public var until: Date
    /// Alarms opened at the station during the shift.
    public var alarmsOpened: Int
    /// Alarms the operator closed during the shift (``handled``'s count).
    public var alarmsClosed: Int
    /// Steps the operator recorded during the shift.
    public var stepsRecorded: Int
    /// The alarms the operator closed, in closing order, each with its outcome.
    public var handled: [HandledAlarm]
    /// The alarms still open at the hand-over, most urgent first, with who holds them.
    public var stillOpen: [OpenAlarm]
    /// What is still on its way to or on a site: per open alarm and service, its latest milestone short of leaving.
    public var dispatches: [DispatchInProgress]
    /// The temporary instructions in force at the hand-over.
    public var instructions: [InstructionInForce]
    /// The station's own problems raised or still open during the shift.
    public var stationFaults: [StationFault]
    /// What the operator wrote by hand during the shift (notes, calls, incidents), oldest first.
    public var written: [WrittenEntry]
    /// The operator's words for the next shift.
    public var handOverNotes: String
}

extension ShiftReport {
    /// What the report is made of: the shift's logbook and the station's state at the hand-over.
    public struct Facts: Sendable {
        /// Every logbook entry of the shift (any order).
        public var entries: [LogbookEntry]
        /// The alarms the entries name, by id (for their titles, sites and times).
        public var alarms: [UUID: Alarm]
        /// The station's open alarms at the hand-over.
        public var openAlarms: [Alarm]
        /// The `alarm.dispatch` entries of the open alarms, from before the shift too.
        public var dispatchEntries: [LogbookEntry]
        public var instructions: [TemporaryInstruction]
        public var closureCodes: [ClosureCode]
        public var siteNames: [UUID: String]

        public init(
            entries: [LogbookEntry], alarms: [UUID: Alarm] = [:], openAlarms: [Alarm] = [], dispatchEntries: [LogbookEntry] = [],
            instructions: [TemporaryInstruction] = [], closureCodes: [ClosureCode] = [], siteNames: [UUID: String] = [:]
        ) {
            self.entries = entries
            self.alarms = alarms
            self.openAlarms = openAlarms
            self.dispatchEntries = dispatchEntries
            self.instructions = instructions
            self.closureCodes = closureCodes
            self.siteNames = siteNames
        }

        /// The name of the site `id` designates, if any: what every line of the report shows beside an alarm or entry.
        func siteName(of id: UUID?) -> String? { id.flatMap { siteNames[$0] } }
    }

    /// Builds the report of `operatorName`'s shift from `from` until `until`.
    public init(operatorName: String, from: Date, until: Date, facts: Facts, handOverNotes: String) {
        let entries = facts.entries.sorted { $0.sequence < $1.sequence }
        let own = entries.filter { $0.authorName == operatorName }
        let open = facts.openAlarms.filter(\.lifecycle.state.isOpen)
        self.operatorName = operatorName
        self.from = from
        self.until = until
        self.handOverNotes = handOverNotes
        alarmsOpened = entries.count { $0.kind == .alarmOpened }
        stepsRecorded = own.count { $0.kind == .alarmStep }
        handled = own.filter { $0.kind == .alarmClosed }.compactMap { closure in
            closure.alarmID.flatMap { facts.alarms[$0] }.map { HandledAlarm($0, closedAt: closure.at, shift: own, facts: facts) }
        }
        alarmsClosed = handled.count
        stillOpen = open.sorted { ($0.priority, $1.createdAt) > ($1.priority, $0.createdAt) }.map { OpenAlarm($0, facts: facts) }
        dispatches = DispatchInProgress.latest(of: facts.dispatchEntries, openAlarms: open, facts: facts)
        instructions = facts.instructions.filter { $0.isActive(at: until) }.sorted { $0.validUntil < $1.validUntil }
            .map { InstructionInForce($0, siteName: facts.siteNames[$0.siteID]) }
        let raised = entries.filter { $0.kind == .alarmOpened }.compactMap { $0.alarmID.flatMap { facts.alarms[$0] } }
        var seen: Set<UUID> = []
        stationFaults = (raised + open).filter { AlarmGrouping.isStationProblem($0) && seen.insert($0.id).inserted }.map(StationFault.init)
        written = own.filter { LogbookKind.manualKinds.contains($0.kind) }.map { WrittenEntry($0, facts: facts) }
    }
}
