import Crypto

/// An AES key for DC-09 encryption: 16, 24 or 32 bytes (AES-128, -192, -256).
///
/// Both representations seen in the field are accepted: hexadecimal (the standard, Hikvision,
/// most receivers) and ASCII characters whose bytes are the key (Ajax hubs, pysiaalarm).
/// ``init(parsing:)`` takes an explicit `hex:` or `ascii:` prefix, or guesses by length.
public struct DC09Key: Hashable, Sendable, CustomStringConvertible {
    /// The raw key bytes.
    public let bytes: [UInt8]
    /// The same bytes as a swift-crypto key, built once.
    let symmetricKey: SymmetricKey

    /// Creates a key from raw bytes; `nil` unless there are 16, 24 or 32.
    public init?(bytes: [UInt8]) {
        guard [16, 24, 32].contains(bytes.count) else { return nil }
        self.bytes = bytes
        self.symmetricKey = SymmetricKey(data: bytes)
    }

    /// A key written as 32, 48 or 64 hex digits (either case).
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = ASCII.hexValue(utf8[index]), let low = ASCII.hexValue(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
            index += 2
        }
        self.init(bytes: bytes)
    }

    /// A key written as 16, 24 or 32 ASCII characters whose bytes are the key.
    public init?(ascii: String) {
        guard ascii.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        self.init(bytes: Array(ascii.utf8))
    }

    /// Parses `hex:…`, `ascii:…`, or a bare key: 32/48/64 hex digits are hex, 16/24/32 characters are ASCII.
    public init?(parsing text: String) {
        if text.hasPrefix("hex:") {
            self.init(hex: String(text.dropFirst(4)))
        } else if text.hasPrefix("ascii:") {
            self.init(ascii: String(text.dropFirst(6)))
        } else if let key = DC09Key(hex: text) {
            self = key
        } else {
            self.init(ascii: text)
        }
    }

    /// Key size in bits.
    public var bitCount: Int { bytes.count * 8 }

    /// Never prints the key material.
    public var description: String { "DC09Key(AES-\(bitCount))" }

    public static func == (lhs: DC09Key, rhs: DC09Key) -> Bool { lhs.bytes == rhs.bytes }
    public func hash(into hasher: inout Hasher) { hasher.combine(bytes) }
}
