import Foundation
import NIOCore
import VigieProtocols

/// One simulated panel at work: numbers its messages, sends each until answered as a real panel does
/// (same sequence and payload on every retransmission, reconnecting when the link breaks), and counts.
///
/// Owned by a single task, so its counters need no lock.
struct PanelDriver {
    let panel: SimulatedPanel
    let configuration: SimulatorConfiguration
    let onAck: (@Sendable (_ account: String, _ sequence: String) -> Void)?
    private(set) var report = SimulatorReport()
    private var link: PanelLink?
    private var sequence = 1
    private var failedConnects = 0
    private let clock = ContinuousClock()

    init(panel: SimulatedPanel, configuration: SimulatorConfiguration, onAck: (@Sendable (String, String) -> Void)?) {
        self.panel = panel
        self.configuration = configuration
        self.onAck = onAck
    }

    /// Opens the link ahead of the first signal; a failure is only counted, ``send(_:scheduledAt:)`` retries.
    mutating func connect() async {
        _ = await ensureLink()
    }

    /// Sends `signal` under the next sequence number until it is answered or given up; latency counts from `scheduledAt`.
    mutating func send(_ signal: PanelSignal, scheduledAt: ContinuousClock.Instant) async {
        let number = Self.sequenceText(sequence)
        sequence = sequence % 9999 + 1
        report.sent += 1
        let deadline = clock.now + configuration.giveUpAfter
        var attempts = 0
        while clock.now < deadline, !Task.isCancelled {
            guard let link = await ensureLink() else {
                try? await Task.sleep(for: .milliseconds(min(1000, 50 << min(failedConnects, 5))))
                continue
            }
            guard let frame = try? encode(signal, sequence: number) else {
                report.errors += 1
                return
            }
            if attempts > 0 { report.retries += 1 }
            attempts += 1
            do {
                let reply = try await link.exchange(frame, timeout: configuration.ackTimeout)
                if record(reply, sequence: number, scheduledAt: scheduledAt) { return }
            } catch PanelLinkError.timeout {
                report.timeouts += 1
            } catch {
                report.errors += 1
            }
            // No usable answer: a TCP panel drops the connection and dials again; UDP just resends.
            if configuration.transport == .tcp || !link.isActive { await drop() }
        }
        report.abandoned += 1
    }

    /// Counts an answer; returns whether it settles the signal (ACK, NAK or DUH for this sequence).
    private mutating func record(_ reply: DC09DecodedFrame, sequence: String, scheduledAt: ContinuousClock.Instant) -> Bool {
        guard case .success(let frame) = reply.result, frame.sequence == sequence || frame.token != .ack else {
            report.errors += 1
            return false
        }
        switch frame.token {
        case .ack: report.acked += 1
        case .nak: report.naked += 1
        case .duh: report.duh += 1
        default:
            report.errors += 1
            return false
        }
        report.latency.record(clock.now - scheduledAt)
        if frame.token == .ack { onAck?(panel.account, sequence) }
        return true
    }

    private func encode(_ signal: PanelSignal, sequence: String) throws -> ByteBuffer {
        // Encrypted frames carry a fresh timestamp on each attempt, as panels re-stamp what they resend.
        let stamp = panel.key.map { _ in DC09Timestamp(epochSeconds: Int64(Date().timeIntervalSince1970)) }
        let message = DC09Message(
            token: signal.token, isEncrypted: panel.key != nil, sequence: sequence, receiver: panel.receiver, line: panel.line,
            account: panel.account, data: signal.data, timestamp: stamp)
        return try DC09FrameEncoder().encode(message, key: panel.key)
    }

    private mutating func ensureLink() async -> PanelLink? {
        if let link, link.isActive { return link }
        await drop()
        do {
            link = try await PanelLink.open(host: configuration.host, port: configuration.port, transport: configuration.transport, key: panel.key)
            failedConnects = 0
        } catch {
            report.errors += 1
            failedConnects += 1
        }
        return link
    }

    private mutating func drop() async {
        await link?.close()
        link = nil
    }

    /// Closes the link at the end of the run.
    mutating func finish() async {
        await drop()
    }

    /// `0042`: four decimal digits, without going through `String(format:)` on the hot path.
    static func sequenceText(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
