/// The JSON of a signal's events, written by hand: Foundation's `JSONEncoder` costs tens of microseconds per
/// call on Linux, which at tens of thousands of signals a second is most of an ingest transaction.
///
/// The output decodes with ``VigieJSON/decoder()`` to the same values (checked by the store's tests).
public enum EventsJSON {
    public static func encode(_ events: [SignalEvent]) -> String {
        guard !events.isEmpty else { return "[]" }
        var out = "["
        for (index, event) in events.enumerated() {
            if index > 0 { out += "," }
            out += "{\"category\":"
            string(event.category.rawValue, into: &out)
            out += ",\"code\":"
            string(event.code, into: &out)
            out += ",\"description\":"
            string(event.description, into: &out)
            if let french = event.frenchDescription {
                out += ",\"frenchDescription\":"
                string(french, into: &out)
            }
            if let partition = event.partition { out += ",\"partition\":\(partition)" }
            out += ",\"qualifier\":"
            string(event.qualifier.rawValue, into: &out)
            if let text = event.text {
                out += ",\"text\":"
                string(text, into: &out)
            }
            if let user = event.user { out += ",\"user\":\(user)" }
            if let zone = event.zone { out += ",\"zone\":\(zone)" }
            out += "}"
        }
        return out + "]"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    private static func string(_ value: String, into out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
