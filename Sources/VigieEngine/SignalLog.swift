import Foundation
import VigieCore

/// The logbook sentences of signal processing.
enum SignalLog {
    /// What the console needs to say what happened in each language: the entry's English summary is kept as
    /// written, these facts are rendered (``LogbookDraft/details``).
    struct EventDetails: Encodable {
        var signal: Int64
        var account: String?
        var code: String
        var description: Wording
        var zone: Int?
        var user: Int?
        /// `logged`, `opened`, `joined` or `restore`.
        var outcome: String
        var reason: LogReason?
        var priority: Int?
        var alarmTitles: Wording?
    }

    static func event(_ event: SignalEvent, of signal: StoredSignal, decision: EventDecision, alarm: Alarm?) -> LogbookDraft {
        let zone = event.zone.map { " zone \($0)" } ?? ""
        let user = event.user.map { " user \($0)" } ?? ""
        let what = "\(signal.signal.account ?? "?") \(event.code) \(event.description)\(zone)\(user)"
        let (kind, outcome, sentence): (LogbookKind, String, String) =
            switch decision {
            case .logged(let reason): (.signalLogged, "logged", "logged (\(reason.rawValue))")
            case .open: (.alarmOpened, "opened", "new alarm, priority \(alarm?.priority ?? 0)")
            case .join: (.alarmEvent, "joined", "joined the open alarm, priority \(alarm?.priority ?? 0)")
            case .restore: (.alarmRestore, "restore", "restore")
            }
        var reason: LogReason?
        if case .logged(let why) = decision { reason = why }
        let details = EventDetails(
            signal: signal.id, account: signal.signal.account, code: event.code, description: event.wording, zone: event.zone, user: event.user,
            outcome: outcome, reason: reason, priority: alarm?.priority, alarmTitles: alarm?.titles)
        return LogbookDraft(
            kind: kind, author: .system, siteID: signal.signal.siteID, alarmID: alarm?.id, summary: "\(what): \(sentence)", details: details)
    }

    /// A device's burst: from now on its events join the site's open alarm or are logged, until it calms down.
    struct Flooding: Encodable {
        var signal: Int64
        var device: UUID
        var deviceName: String?
        var events: Int
        var minutes: Int
    }

    static func flooding(device: UUID, name: String?, of signal: StoredSignal, policy: AlarmPolicy, alarmID: UUID?) -> LogbookDraft {
        let minutes = Int((policy.deviceFloodWindow / 60).rounded(.up))
        return LogbookDraft(
            kind: .deviceFlooding, author: .system, siteID: signal.signal.siteID, alarmID: alarmID,
            summary:
                "\(name ?? "device") sent more than \(policy.deviceFloodLimit) events in \(minutes) min: its events open no new alarm until it calms down",
            details: Flooding(signal: signal.id, device: device, deviceName: name, events: policy.deviceFloodLimit, minutes: minutes))
    }

    static func refused(_ signal: StoredSignal) -> LogbookDraft {
        LogbookDraft(
            kind: .signalRefused, author: .system, siteID: signal.signal.siteID,
            summary: "frame from \(signal.signal.peer) refused: \(signal.signal.error ?? "?") (answered \(signal.signal.reply ?? "nothing"))",
            details: Refusal(signal: signal.id, peer: signal.signal.peer, error: signal.signal.error, reply: signal.signal.reply))
    }

    /// A signal without events (a link test, a poll): its account, its token, whether it is a link check.
    struct Eventless: Encodable {
        var signal: Int64
        var account: String?
        var token: String?
        var linkCheck: Bool
    }

    /// A refused frame's facts: who sent it, the decoder's reason (a code the console names), what was answered.
    struct Refusal: Encodable {
        var signal: Int64
        var peer: String
        var error: String?
        var reply: String?
    }
}
