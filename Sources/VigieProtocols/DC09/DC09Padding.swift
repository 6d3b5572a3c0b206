/// The pad placed before `|` in an encrypted payload (DC-09 2013 5.4.4).
public enum DC09Padding: Hashable, Sendable {
    /// 1…16 random printable bytes, never `|`, `[` or `]` (what the 2013 text and every panel accept).
    case random
    /// These exact bytes (byte-exact tests); the plaintext must then come to whole AES blocks.
    case fixed([UInt8])

    /// Printable ASCII except `|`, `[`, `]`: the pad stays readable in logs and every peer's
    /// parser (pysiaalarm decodes the plaintext as text) accepts it.
    static let alphabet: [UInt8] = Array(0x21...0x7E).filter { $0 != ASCII.pipe && $0 != ASCII.openBracket && $0 != ASCII.closeBracket }

    /// The pad for a payload of `contentCount` bytes after the `|`.
    func bytes(contentCount: Int, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        switch self {
        case .fixed(let bytes):
            return bytes
        case .random:
            var count = 16 - (contentCount + 1) % 16
            if count == 0 { count = 16 }
            return (0..<count).map { _ in Self.alphabet.randomElement(using: &generator) ?? 0x41 }
        }
    }
}
