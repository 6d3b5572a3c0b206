import Foundation
import VigieCore

/// The signals the station stores about its own supervision: `LINK-LOST` and `LINK-RESTORED`.
///
/// They go through ingest like any received signal, so they are in the site's history and reach the
/// alarm engine the same way; their transport ``SignalTransport/station`` tells them apart from traffic.
public enum LinkSignal {
    public static let receiver = "supervision"
    public static let lostCode = "LINK-LOST"
    public static let restoredCode = "LINK-RESTORED"

    /// The signal that records `change` for the transmitter described by `target`.
    /// - Parameter profile: the supervision profile, named in the description; `nil` if it was removed since.
    static func draft(for change: LinkChange, target: LinkTarget, profile: SupervisionProfile?, now: Date) -> SignalDraft {
        let profileText = profile.map { " (\($0.name) \(intervalText(seconds: $0.reportingIntervalSeconds)))" } ?? ""
        let frenchProfileText = profile.map { " (\($0.name) \(intervalText(seconds: $0.reportingIntervalSeconds, day: "j")))" } ?? ""
        let event: SignalEvent
        switch change.kind {
        case .lost:
            event = SignalEvent(
                code: lostCode, qualifier: .alarm, category: .supervision,
                description: "Link lost: no test or poll within the supervision interval\(profileText)",
                frenchDescription: "Perte de liaison : aucun test ni interrogation dans l'intervalle de supervision\(frenchProfileText)",
                text: "last heard \(timestamp(change.lastHeardAt)), deadline \(timestamp(change.at))")
        case .restored:
            event = SignalEvent(
                code: restoredCode, qualifier: .restore, category: .supervision,
                description: "Link restored: traffic received again\(profileText)",
                frenchDescription: "Liaison rétablie : trafic à nouveau reçu\(frenchProfileText)",
                text: "heard \(timestamp(change.at)), previously \(timestamp(change.lastHeardAt))")
        }
        return SignalDraft(
            receivedAt: now, receiver: receiver, transport: .station, peer: "station", raw: "", token: AlarmGrouping.linkToken,
            account: target.account,
            events: [event], transmitterID: change.transmitterID, siteID: target.siteID, dedupeKey: nil)
    }

    /// `32 d`, `25 h`, `30 min`, `90 s`: the largest unit that divides the interval exactly, as categories are quoted
    /// (a day is `j` in French).
    static func intervalText(seconds: Int, day: String = "d") -> String {
        for (unit, name) in [(86_400, day), (3_600, "h"), (60, "min")] where seconds >= unit && seconds % unit == 0 {
            return "\(seconds / unit) \(name)"
        }
        return "\(seconds) s"
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}
