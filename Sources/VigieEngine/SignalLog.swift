import Foundation
import VigieCore

/// The logbook sentences of signal processing.
enum SignalLog {
    static func event(_ event: SignalEvent, of signal: StoredSignal, decision: EventDecision, alarm: Alarm?) -> LogbookDraft {
        let zone = event.zone.map { " zone \($0)" } ?? ""
        let user = event.user.map { " user \($0)" } ?? ""
        let what = "\(signal.signal.account ?? "?") \(event.code) \(event.description)\(zone)\(user)"
        let (kind, outcome): (LogbookKind, String) =
            switch decision {
            case .logged(let reason): (.signalLogged, "logged (\(reason.rawValue))")
            case .open: (.alarmOpened, "new alarm, priority \(alarm?.priority ?? 0)")
            case .join: (.alarmEvent, "joined the open alarm, priority \(alarm?.priority ?? 0)")
            case .restore: (.alarmRestore, "restore")
            }
        return LogbookDraft(
            kind: kind, author: .system, siteID: signal.signal.siteID, alarmID: alarm?.id, summary: "\(what): \(outcome)",
            details: #"{"signal":\#(signal.id)}"#)
    }

    static func refused(_ signal: StoredSignal) -> LogbookDraft {
        LogbookDraft(
            kind: .signalRefused, author: .system, siteID: signal.signal.siteID,
            summary: "frame from \(signal.signal.peer) refused: \(signal.signal.error ?? "?") (answered \(signal.signal.reply ?? "nothing"))",
            details: #"{"signal":\#(signal.id)}"#)
    }
}
