import Foundation

extension SimulatorReport {
    /// The end-of-run summary a person reads.
    public var text: String {
        var lines = [
            "sent \(sent)  acked \(acked)  naked \(naked)  duh \(duh)  timeouts \(timeouts)  abandoned \(abandoned)  retries \(retries)  errors \(errors)",
            String(format: "elapsed %.2f s  achieved %.0f signals/s", elapsed, achievedRate)
                + (targetRate.map { String(format: "  (target %.0f/s)", $0) } ?? "  (closed loop)"),
            "ACK latency ms: " + percentiles.map { String(format: "%@ %.2f", $0.label, $0.milliseconds) }.joined(separator: "  "),
        ]
        if !sustainedTargetRate { lines.append("WARNING: the target rate could not be sustained") }
        return lines.joined(separator: "\n")
    }

    /// The same figures as one JSON object, for scripts.
    public var json: String {
        var object: [String: Any] = [
            "sent": sent, "acked": acked, "naked": naked, "duh": duh, "timeouts": timeouts, "abandoned": abandoned, "retries": retries,
            "errors": errors,
            "elapsedSeconds": elapsed, "achievedRate": achievedRate, "sustainedTargetRate": sustainedTargetRate,
            "latencyMilliseconds": Dictionary(uniqueKeysWithValues: percentiles.map { ($0.label, $0.milliseconds) }),
        ]
        object["targetRate"] = targetRate
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
