import Foundation

/// Which open alarm a new signal joins, so that the queue holds work items rather than echoes.
///
/// One site's events share its open alarm of their family (``AlarmFamily``): a fire and an AC trouble of the same
/// site are two alarms, a burglary and the fire that follows it one. Signals without a site share one per account
/// (a panel's decryption failures), except the station's reports of unknown accounts: a flood of random accounts
/// would otherwise open one alarm each, so they share one open alarm per receiver, which says how many accounts it
/// gathered. Each of the station's own problems (disk, each receiver, no operator on shift…) and each
/// transmitter's lost link is an alarm of its own, so that its end restores and can close it
/// (``AlarmHandling/absorb(_:event:title:into:at:procedure:)``), whatever else is open at the same site.
///
/// The same key is computed from a signal (processing) and from a stored alarm (the engine's cache after a
/// restart); both sides must agree, or a restart opens a second alarm beside the first.
public enum AlarmGrouping {
    /// The event code of the station's report that a signal came from an account no transmitter has.
    public static let unknownAccountCode = "UNKNOWN-ACCOUNT"
    /// The token of the station's reports about itself (``StationMonitor``).
    public static let stationProblemToken = "STATION"
    /// The closure code the station gives an alarm about one of its own problems when the problem ends before
    /// anyone took the alarm.
    public static let problemEndedCode = "RETOUR-NORMAL"

    /// The token of the station's reports that a transmitter's link was lost or restored (link supervision).
    public static let linkToken = "LINK"

    /// The key of the open alarm `event` of `signal` joins.
    public static func key(of signal: SignalDraft, event: SignalEvent) -> String {
        if isStationProblemReport(signal) {
            // One alarm per problem: the monitor names it in the account ("RECEIVER-DOWN:dc09-tcp").
            return "\(stationProblemPrefix)\(signal.account ?? event.code)"
        }
        if signal.transport == .station, signal.token == linkToken {
            return "link:\(signal.transmitterID?.uuidString ?? signal.account?.uppercased() ?? "?")"
        }
        if let siteID = signal.siteID { return siteKey(siteID.uuidString, family: event.category.family) }
        if isUnknownAccountReport(signal) { return "unknown:\(signal.receiver)" }
        return "account:\(signal.account?.uppercased() ?? "?")"
    }

    /// The keys of every event of `signal`, in order (a signal without events has none).
    public static func keys(of signal: SignalDraft) -> [String] {
        signal.events.map { key(of: signal, event: $0) }
    }

    /// The key of the signals a stored open alarm takes, `nil` when it cannot be told (alarms stored before keys
    /// were kept, without a site).
    public static func key(of alarm: Alarm) -> String? {
        alarm.grouping ?? alarm.siteID.map { siteKey($0.uuidString, family: alarm.category.family) }
    }

    /// The title of an alarm that gathers unknown accounts, once more than one joined it; `nil` for other alarms.
    public static func title(of alarm: Alarm) -> Wording? {
        guard let grouping = alarm.grouping, grouping.hasPrefix("unknown:"), alarm.eventCount > 1 else { return nil }
        let receiver = grouping.dropFirst("unknown:".count)
        return Wording(
            en: "\(alarm.eventCount) signals from unknown accounts on receiver \(receiver)",
            fr: "\(alarm.eventCount) signaux de comptes inconnus sur le récepteur \(receiver)")
    }

    /// The station's report of an unknown account (see the receivers' anomaly watch).
    public static func isUnknownAccountReport(_ signal: SignalDraft) -> Bool {
        signal.transport == .station && signal.siteID == nil && signal.events.contains { $0.code == unknownAccountCode }
    }

    /// Whether the signal is the station's report of one of its own problems: it belongs to the station's site
    /// even when the part that reported it (a hardware receiver's feed) does not know that site.
    public static func isStationProblemReport(_ signal: SignalDraft) -> Bool {
        signal.transport == .station && signal.token == stationProblemToken
    }

    /// Whether the alarm is about one of the station's own problems.
    public static func isStationProblem(_ alarm: Alarm) -> Bool {
        alarm.grouping?.hasPrefix(stationProblemPrefix) ?? false
    }

    private static let stationProblemPrefix = "station:"

    /// `site:<id>` for the alarm family (the key alarms had before families, so that they keep it), and
    /// `site:<id>:technical`.
    private static func siteKey(_ id: String, family: AlarmFamily) -> String {
        family == .alarm ? "site:\(id)" : "site:\(id):\(family.rawValue)"
    }
}
