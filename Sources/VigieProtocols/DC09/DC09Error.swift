/// Why a DC-09 frame was refused.
///
/// Each case has a stable machine-readable ``reason`` that the receiver stores next to the raw
/// frame, and a readable ``description`` for logs and `vigie decode`.
public enum DC09Error: Error, Hashable, Sendable, CustomStringConvertible {
    /// The CRC field does not match CRC-16/ARC of the body.
    case badCRC(received: UInt16, computed: UInt16)
    /// The length field does not match the body length.
    case badLength(declared: Int, actual: Int)
    /// More than the maximum frame length arrived without a frame end (TCP decoder).
    case frameTooLong(Int)
    /// A field is missing or not in the expected form.
    case malformedField(DC09Field)
    /// The frame is encrypted but no key is configured for its account.
    case noKey
    /// The ciphertext is not hexadecimal or not whole AES blocks, or the plaintext makes no sense (wrong key).
    case cannotDecrypt
    /// An encrypted frame has no timestamp (required by DC-09 5.5.1.8).
    case missingTimestamp
    /// The timestamp is outside the accepted window; `skew` is the frame's time minus the receiver's, in seconds.
    case timestampOutsideWindow(skew: Int64)
    /// An unencrypted event frame arrived for an account that has an encryption key.
    case unencryptedFrameForEncryptedAccount

    /// A stable identifier of the failure, for storage and metrics (for example `badCRC`, `malformedField(account)`).
    public var reason: String {
        switch self {
        case .badCRC: "badCRC"
        case .badLength: "badLength"
        case .frameTooLong: "frameTooLong"
        case .malformedField(let field): "malformedField(\(field.rawValue))"
        case .noKey: "noKey"
        case .cannotDecrypt: "cannotDecrypt"
        case .missingTimestamp: "missingTimestamp"
        case .timestampOutsideWindow: "timestampOutsideWindow"
        case .unencryptedFrameForEncryptedAccount: "unencryptedFrameForEncryptedAccount"
        }
    }

    public var description: String {
        switch self {
        case .badCRC(let received, let computed):
            "bad CRC: frame says \(Self.hex(received)), body gives \(Self.hex(computed))"
        case .badLength(let declared, let actual):
            "bad length: frame says \(declared) bytes, body has \(actual)"
        case .frameTooLong(let count):
            "frame too long: \(count) bytes without a frame end"
        case .malformedField(let field):
            "malformed field: \(field.rawValue)"
        case .noKey:
            "encrypted frame but no key configured for this account"
        case .cannotDecrypt:
            "cannot decrypt (wrong key or corrupt ciphertext)"
        case .missingTimestamp:
            "encrypted frame without timestamp"
        case .timestampOutsideWindow(let skew):
            "timestamp outside window: frame is \(skew) s \(skew < 0 ? "behind" : "ahead of") the receiver clock"
        case .unencryptedFrameForEncryptedAccount:
            "unencrypted frame for an account configured with an encryption key"
        }
    }

    private static func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
