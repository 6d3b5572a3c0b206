/// A full 16-digit Contact ID message, as dialled (DTMF) and as hardware receivers print it.
///
/// `ACCT MT Q XYZ GG CCC S`, for example `1234 18 1 131 01 015 8`. The checksum makes the sum of
/// all 16 digit values a multiple of 15, with `0` valued 10 (DC-05 4.1.2.2).
public struct ContactIDMessage: Hashable, Sendable, CustomStringConvertible {
    /// The 4-digit account.
    public var account: String
    /// The message type, `18` (or `98`; `58` in DC-05-2016).
    public var messageType: String
    /// The event.
    public var event: ContactIDEvent

    public init(account: String, messageType: String = "18", event: ContactIDEvent) {
        self.account = account
        self.messageType = messageType
        self.event = event
    }

    /// The 15 digits before the checksum.
    public var body: String {
        "\(account)\(messageType)\(event.qualifierDigit)\(event.code)\(event.group)\(event.zoneOrUser)"
    }

    /// The checksum digit for ``body``.
    public var checksum: Character { Self.checksum(for: Array(body.utf8)) }

    /// All 16 digits.
    public var description: String { body + String(checksum) }

    /// Value of a Contact ID digit for the checksum: `0` counts 10, `B`–`F` count 11–15.
    static func value(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30: 10
        case 0x31...0x39: Int(byte - 0x30)
        case 0x41...0x46: Int(byte - 0x41 + 10)
        case 0x61...0x66: Int(byte - 0x61 + 10)
        default: nil
        }
    }

    static func checksum(for digits: [UInt8]) -> Character {
        let sum = digits.reduce(0) { $0 + (value($1) ?? 0) }
        let check = 15 - sum % 15
        switch check {
        case 10: return "0"
        case 11...15: return Character(Unicode.Scalar(UInt8(0x41 + check - 10)))
        default: return Character(Unicode.Scalar(UInt8(0x30 + check)))
        }
    }
}
