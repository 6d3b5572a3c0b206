import Foundation

/// JSON with sorted keys and ISO 8601 dates: the same value always gives the same bytes, so its hash is stable.
public enum CanonicalJSON {
    public static func string<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.iso8601Milliseconds)
        }
        // Encoding plain Codable values cannot fail short of a non-finite Double, which the domain never holds.
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}

extension Date {
    /// `2026-11-23T21:04:05.123Z`: UTC with milliseconds, the form the API and the logbook use.
    public var iso8601Milliseconds: String {
        ISO8601.string(milliseconds: millisecondsSince1970)
    }
}
