import Foundation

/// Everything the alarm engine decided about one signal, written by the store in one transaction that also
/// moves the engine's cursor past the signal: after a crash, processing resumes exactly where it stopped.
public struct SignalProcessing: Sendable, Hashable {
    public var signalID: Int64
    /// Alarms opened or changed by this signal, in their new state.
    public var alarms: [Alarm]
    /// Which alarm each event of the signal went to (`nil`: logged only).
    public var eventAlarms: [UUID?]
    public var logbook: [LogbookDraft]

    public init(signalID: Int64, alarms: [Alarm], eventAlarms: [UUID?], logbook: [LogbookDraft]) {
        self.signalID = signalID
        self.alarms = alarms
        self.eventAlarms = eventAlarms
        self.logbook = logbook
    }
}
