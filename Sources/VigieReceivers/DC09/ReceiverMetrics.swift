import Metrics

/// The receiver's Prometheus series, labelled by receiver name and transport.
struct ReceiverMetrics: Sendable {
    let frames: Counter
    let connections: Gauge
    let connectionsRefused: Counter
    /// Datagrams dropped unanswered, by ``DC09Receiver/DatagramDrop``.
    let dropped: [String: Counter]
    /// TCP connections the receiver closed to protect itself, by reason (`perAddress`, `noFrame`, `badFrames`).
    let connectionsShed: [String: Counter]
    /// Refused frames answered but not stored (``RefusedFrameSampler``).
    let refusedNotStored: Counter
    /// Connections the system could not accept (EMFILE, ENFILE…).
    let acceptErrors: Counter
    let ingestLatency: Metrics.Timer
    let receiver: String
    let transport: String
    /// One counter per reply kind, made once: looking a metric up by label on every frame costs a lock and a hash.
    private let replies: [String: Counter]

    init(receiver: String, transport: String) {
        self.receiver = receiver
        self.transport = transport
        let dimensions = [("receiver", receiver), ("transport", transport)]
        frames = Counter(label: "vigie_receiver_frames_total", dimensions: dimensions)
        connections = Gauge(label: "vigie_receiver_connections", dimensions: dimensions)
        connectionsRefused = Counter(label: "vigie_receiver_connections_refused_total", dimensions: dimensions)
        dropped = Dictionary(
            uniqueKeysWithValues: DC09Receiver.DatagramDrop.allCases.map { reason in
                (reason.rawValue, Counter(label: "vigie_receiver_udp_dropped_total", dimensions: dimensions + [("reason", reason.rawValue)]))
            })
        connectionsShed = Dictionary(
            uniqueKeysWithValues: DC09Receiver.ConnectionShedding.allCases.map { reason in
                (reason.rawValue, Counter(label: "vigie_receiver_connections_shed_total", dimensions: dimensions + [("reason", reason.rawValue)]))
            })
        refusedNotStored = Counter(label: "vigie_receiver_refused_not_stored_total", dimensions: dimensions)
        acceptErrors = Counter(label: "vigie_receiver_accept_errors_total", dimensions: dimensions)
        ingestLatency = Metrics.Timer(label: "vigie_receiver_ack_latency", dimensions: dimensions, preferredDisplayUnit: .milliseconds)
        replies = Dictionary(
            uniqueKeysWithValues: ["ACK", "NAK", "DUH", "none"].map { kind in
                (kind, Counter(label: "vigie_receiver_replies_total", dimensions: dimensions + [("reply", kind)]))
            })
    }

    /// Counts one reply by kind (`ACK`, `NAK`, `DUH`, `none`).
    func reply(_ kind: String) {
        (replies[kind]
            ?? Counter(label: "vigie_receiver_replies_total", dimensions: [("receiver", receiver), ("transport", transport), ("reply", kind)]))
            .increment()
    }

    /// Counts one refused frame by reason (`badCRC`, `cannotDecrypt`…).
    func decodeError(_ reason: String) {
        Counter(label: "vigie_receiver_decode_errors_total", dimensions: [("receiver", receiver), ("reason", reason)]).increment()
    }
}
