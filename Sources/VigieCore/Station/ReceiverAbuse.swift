/// A kind of hostile traffic a receiver turns away to protect itself; each is a station alarm of its own
/// (`RECEIVER-ABUSE:<receiver>:<kind>`), so that the operator reads which defence is working, and a flood of one
/// kind does not hide that another has started.
public enum ReceiverAbuse: String, CaseIterable, Sendable, Hashable {
    /// Datagrams dropped unanswered: more were waiting for their commit than the receiver holds (a UDP flood).
    case flood
    /// Refused frames answered but not stored, beyond the sample kept per source and minute (garbage).
    case garbage
    /// TCP connections closed: too many from one address, silent, sending only refused frames, or quiet when a
    /// newcomer needed the room.
    case connections

    /// The receiver's count of this kind since it started.
    public func count(in status: ReceiverStatus) -> Int {
        switch self {
        case .flood: status.dropped
        case .garbage: status.refusedNotStored
        case .connections: status.connectionsShed
        }
    }

    /// What the alarm says, with what was turned away since the last check.
    public func description(receiver: String, since lastCheck: Int) -> Wording {
        switch self {
        case .flood:
            Wording(
                en: "Receiver \(receiver) is flooded: \(lastCheck) datagrams dropped unanswered since the last check",
                fr: "Récepteur \(receiver) inondé : \(lastCheck) datagrammes rejetés sans réponse depuis le dernier contrôle")
        case .garbage:
            Wording(
                en: "Receiver \(receiver) is sent garbage: \(lastCheck) refused frames not stored since the last check",
                fr: "Récepteur \(receiver) saturé de trames invalides : \(lastCheck) refusées non enregistrées depuis le dernier contrôle")
        case .connections:
            Wording(
                en: "Receiver \(receiver) is closing hostile connections: \(lastCheck) since the last check",
                fr: "Récepteur \(receiver) fermant des connexions hostiles : \(lastCheck) depuis le dernier contrôle")
        }
    }

    /// One counter the station monitor watches: a receiver and a kind.
    public struct Counter: Sendable, Hashable {
        public var receiver: String
        public var kind: ReceiverAbuse

        public init(receiver: String, kind: ReceiverAbuse) {
            self.receiver = receiver
            self.kind = kind
        }

        /// Every counter of these receivers, with its count.
        public static func counts(of receivers: [ReceiverStatus]) -> [Counter: Int] {
            Dictionary(
                receivers.flatMap { status in ReceiverAbuse.allCases.map { (Counter(receiver: status.name, kind: $0), $0.count(in: status)) } },
                uniquingKeysWith: +)
        }
    }
}
