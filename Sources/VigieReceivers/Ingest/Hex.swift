/// Hexadecimal digits without `String(format:)`, which costs a Foundation round trip per byte on the hot path.
enum Hex {
    static let lower = Array("0123456789abcdef".utf8)
    static let upper = Array("0123456789ABCDEF".utf8)

    static func string<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var digits: [UInt8] = []
        digits.reserveCapacity(32)
        for byte in bytes {
            digits.append(lower[Int(byte >> 4)])
            digits.append(lower[Int(byte & 0xF)])
        }
        return String(decoding: digits, as: UTF8.self)
    }
}
