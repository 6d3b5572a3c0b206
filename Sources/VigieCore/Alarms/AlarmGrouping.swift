import Foundation

/// Which open alarm a new signal joins, so that the queue holds work items rather than echoes.
///
/// One site's events share its open alarm. Signals without a site share one per account (a panel's decryption
/// failures), except the station's reports of unknown accounts: a flood of random accounts would otherwise open
/// one alarm each, so they share one open alarm per receiver, which says how many accounts it gathered. Each of
/// the station's own problems (disk, receivers, no operator on shift…) is an alarm of its own, so that its end
/// can close it (``AlarmHandling/absorb(_:zone:title:into:at:procedure:)``).
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

    /// The key of the open alarm `signal` joins.
    public static func key(of signal: SignalDraft) -> String {
        if signal.transport == .station, signal.token == stationProblemToken, let code = signal.events.first?.code {
            return "\(stationProblemPrefix)\(code)"
        }
        if let siteID = signal.siteID { return siteKey(siteID.uuidString) }
        if isUnknownAccountReport(signal) { return "unknown:\(signal.receiver)" }
        return "account:\(signal.account?.uppercased() ?? "?")"
    }

    /// The key of the signals a stored open alarm takes, `nil` when it cannot be told (alarms stored before keys
    /// were kept, without a site).
    public static func key(of alarm: Alarm) -> String? {
        alarm.grouping ?? alarm.siteID.map { siteKey($0.uuidString) }
    }

    /// The title of an alarm that gathers unknown accounts, once more than one joined it; `nil` for other alarms.
    public static func title(of alarm: Alarm) -> String? {
        guard let grouping = alarm.grouping, grouping.hasPrefix("unknown:"), alarm.eventCount > 1 else { return nil }
        return "\(alarm.eventCount) signals from unknown accounts on receiver \(grouping.dropFirst("unknown:".count))"
    }

    /// The station's report of an unknown account (see the receivers' anomaly watch).
    public static func isUnknownAccountReport(_ signal: SignalDraft) -> Bool {
        signal.transport == .station && signal.siteID == nil && signal.events.contains { $0.code == unknownAccountCode }
    }

    /// Whether the alarm is about one of the station's own problems.
    public static func isStationProblem(_ alarm: Alarm) -> Bool {
        alarm.grouping?.hasPrefix(stationProblemPrefix) ?? false
    }

    private static let stationProblemPrefix = "station:"

    private static func siteKey(_ id: String) -> String { "site:\(id)" }
}
