import Foundation

/// The hand-over report (*rapport de fin de service*), generated from the logbook of the shift.
public struct ShiftReport: Codable, Sendable, Hashable {
    public var operatorName: String
    public var from: Date
    public var until: Date
    public var alarmsOpened: Int
    public var alarmsClosed: Int
    public var stepsRecorded: Int
    /// Entries per kind during the shift.
    public var entriesByKind: [String: Int]
    /// What the operator wrote during the shift (notes, calls, incidents), oldest first.
    public var notes: [String]
    /// The operator's closing words for the next shift.
    public var handOverNotes: String

    /// Builds the report from the shift's logbook entries (any order).
    public init(operatorName: String, from: Date, until: Date, entries: [LogbookEntry], handOverNotes: String) {
        self.operatorName = operatorName
        self.from = from
        self.until = until
        self.handOverNotes = handOverNotes
        var byKind: [String: Int] = [:]
        for entry in entries { byKind[entry.kind.rawValue, default: 0] += 1 }
        entriesByKind = byKind
        alarmsOpened = byKind[LogbookKind.alarmOpened.rawValue] ?? 0
        alarmsClosed = byKind[LogbookKind.alarmClosed.rawValue] ?? 0
        stepsRecorded = byKind[LogbookKind.alarmStep.rawValue] ?? 0
        notes = entries.filter { LogbookKind.manualKinds.contains($0.kind) }.sorted { $0.sequence < $1.sequence }
            .map { "\($0.at.iso8601Milliseconds) \($0.authorName): \($0.summary)" }
    }
}
