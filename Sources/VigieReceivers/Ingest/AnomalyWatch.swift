import Foundation
import Synchronization
import VigieCore

/// Notices what the operators must hear about even though each frame was answered correctly:
/// an account the station does not know, and a panel or address whose frames keep failing to decrypt.
///
/// Each anomaly becomes one technical station signal (and later one alarm), not one per frame: an unknown
/// panel polling every 90 s must not flood the queue.
public final class AnomalyWatch: Sendable {
    /// How many decryption failures from one source, within ``failureWindow``, make an anomaly.
    public let failureThreshold: Int
    public let failureWindow: TimeInterval
    /// After reporting an anomaly, the same one is not reported again for this long.
    public let quietPeriod: TimeInterval
    /// Sources remembered at most: a flood of random accounts must not grow the watch for ever. Beyond it, stale
    /// sources are forgotten, and all of them when that frees less than half (an account reported again early
    /// only joins the open alarm).
    public let maximumSources: Int

    struct State {
        var failures: [String: [Date]] = [:]
        var reported: [String: Date] = [:]
    }

    private let state = Mutex(State())

    public init(failureThreshold: Int = 3, failureWindow: TimeInterval = 600, quietPeriod: TimeInterval = 3600, maximumSources: Int = 10_000) {
        self.failureThreshold = failureThreshold
        self.failureWindow = failureWindow
        self.quietPeriod = quietPeriod
        self.maximumSources = maximumSources
    }

    /// The station signal to store because of `signal`, if it reveals an anomaly not reported recently.
    public func inspect(_ signal: SignalDraft) -> SignalDraft? {
        let now = signal.receivedAt
        if signal.error == nil, let account = signal.account, signal.transmitterID == nil, signal.transport != .station {
            return report("unknown:\(account.uppercased())", at: now) {
                Self.stationSignal(
                    from: signal, code: AlarmGrouping.unknownAccountCode,
                    description: Wording(
                        en: "Signal from account \(account), which no transmitter of the station has (acknowledged and stored)",
                        fr: "Signal du compte \(account), inconnu de la station (acquitté et enregistré)"))
            }
        }
        guard let error = signal.error, Self.isKeyProblem(error, encrypted: signal.encrypted) else { return nil }
        let address = signal.peer.split(separator: ":").dropLast().joined(separator: ":")
        let source = signal.account.map { "account \($0)" } ?? "address \(address)"
        let count = state.withLock { state -> Int in
            let recent = (state.failures[source] ?? []).filter { now.timeIntervalSince($0) < failureWindow } + [now]
            if state.failures.count >= maximumSources {
                state.failures = state.failures.filter { now.timeIntervalSince($0.value.last ?? now) < failureWindow }
                if state.failures.count >= maximumSources / 2 { state.failures = [:] }
            }
            state.failures[source] = recent
            return recent.count
        }
        guard count >= failureThreshold else { return nil }
        return report("decrypt:\(source)", at: now) {
            Self.stationSignal(
                from: signal, code: "DECRYPT-FAILURES",
                description: Wording(
                    en: "\(count) frames from \(source) could not be decrypted within \(Int(failureWindow / 60)) min (wrong or missing AES key?)",
                    fr: "\(count) trames \(signal.account.map { "du compte \($0)" } ?? "de l'adresse \(address)") indéchiffrables en "
                        + "\(Int(failureWindow / 60)) min (clé AES erronée ou absente ?)"))
        }
    }

    /// Refusals that point at a wrong or missing key: decryption failures, and an intact encrypted frame whose
    /// content makes no sense (a wrong key can yield plausible-looking garbage). Clock skew is not a key problem.
    public static func isKeyProblem(_ error: String, encrypted: Bool) -> Bool {
        if ["cannotDecrypt", "noKey", "unencryptedFrameForEncryptedAccount"].contains(error) { return true }
        return encrypted && (error.hasPrefix("malformedField") || error == "missingTimestamp")
    }

    private func report(_ key: String, at now: Date, _ make: () -> SignalDraft) -> SignalDraft? {
        let due = state.withLock { state -> Bool in
            if let last = state.reported[key], now.timeIntervalSince(last) < quietPeriod { return false }
            if state.reported.count >= maximumSources {
                state.reported = state.reported.filter { now.timeIntervalSince($0.value) < quietPeriod }
                if state.reported.count >= maximumSources / 2 { state.reported = [:] }
            }
            state.reported[key] = now
            return true
        }
        return due ? make() : nil
    }

    private static func stationSignal(from signal: SignalDraft, code: String, description: Wording) -> SignalDraft {
        SignalDraft(
            receivedAt: signal.receivedAt, receiver: signal.receiver, transport: .station, peer: signal.peer, raw: "", token: "ANOMALY",
            account: signal.account,
            events: [
                SignalEvent(code: code, qualifier: .alarm, category: .technical, description: description.en, frenchDescription: description.fr)
            ],
            transmitterID: signal.transmitterID, siteID: signal.siteID)
    }
}
