import Foundation

/// The JSON conventions of the API and of stored bodies: ISO 8601 UTC dates with milliseconds.
public enum VigieJSON {
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.iso8601Milliseconds)
        }
        return encoder
    }

    /// Accepts dates with or without fractional seconds, with `Z` or an offset.
    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Date(iso8601: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected an ISO 8601 date such as 2026-11-23T21:00:00Z")
            }
            // Whole milliseconds as the rest of the station computes them, so a value read back equals the one written.
            return date.roundedToMilliseconds
        }
        return decoder
    }
}

extension Date {
    /// Parses `2026-11-23T21:04:05Z`, `2026-11-23T21:04:05.123Z` or `2026-11-23T22:04:05+01:00`.
    public init?(iso8601 text: String) {
        guard let milliseconds = ISO8601.milliseconds(from: text) else { return nil }
        self.init(millisecondsSince1970: milliseconds)
    }
}
