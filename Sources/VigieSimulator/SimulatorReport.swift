/// What a simulator run did: outcomes per signal, link events, rate and ACK latency.
///
/// Each panel task fills its own report; they are merged at the end, so counting needs no lock.
public struct SimulatorReport: Sendable, Hashable {
    /// Signals sent at least once.
    public var sent = 0
    public var acked = 0
    public var naked = 0
    /// Answered DUH: the receiver cannot handle the token.
    public var duh = 0
    /// ACK waits that timed out (each is followed by a retransmission unless the signal is abandoned).
    public var timeouts = 0
    /// Signals given up: no answer before the give-up delay, however many attempts.
    public var abandoned = 0
    /// Retransmissions (same sequence and payload) after a timeout or a broken link.
    public var retries = 0
    /// Connection failures, broken links and unreadable replies.
    public var errors = 0
    /// Wall time from the first scheduled signal to the last answer, in seconds.
    public var elapsed: Double = 0
    /// The requested total rate (signals/s); `nil` for closed loop (as fast as ACKs come back).
    public var targetRate: Double?
    /// From each signal's scheduled time to its answer, so a stalled receiver shows (no coordinated omission).
    public var latency = LatencyHistogram()

    public init() {}

    public var answered: Int { acked + naked + duh }
    public var achievedRate: Double { elapsed > 0 ? Double(answered) / elapsed : 0 }

    /// Whether an open-loop run kept within 5 % of its target rate.
    public var sustainedTargetRate: Bool {
        guard let targetRate else { return true }
        return achievedRate >= 0.95 * targetRate
    }

    public mutating func merge(_ other: SimulatorReport) {
        sent += other.sent
        acked += other.acked
        naked += other.naked
        duh += other.duh
        timeouts += other.timeouts
        abandoned += other.abandoned
        retries += other.retries
        errors += other.errors
        latency.merge(other.latency)
    }

    /// Latency percentiles in milliseconds, labelled as printed.
    public var percentiles: [(label: String, milliseconds: Double)] {
        [("p50", 50), ("p90", 90), ("p99", 99), ("p99.9", 99.9)].map { ($0.0, Double(latency.percentile($0.1)) / 1000) }
            + [("max", Double(latency.maximum) / 1000)]
    }
}
