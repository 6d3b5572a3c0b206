/// Hexadecimal digits without `String(format:)`, which costs a Foundation round trip per byte on hot paths
/// (every signal's dedupe key, every logbook entry's hash).
public enum Hex {
    public static let lower = Array("0123456789abcdef".utf8)
    /// Upper-case digits, as the DC-09 encoders send "ASCII hex".
    public static let upper = Array("0123456789ABCDEF".utf8)

    /// Lower-case digits, two per byte.
    public static func string<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var digits: [UInt8] = []
        digits.reserveCapacity(64)
        for byte in bytes {
            digits.append(lower[Int(byte >> 4)])
            digits.append(lower[Int(byte & 0xF)])
        }
        return String(decoding: digits, as: UTF8.self)
    }
}
