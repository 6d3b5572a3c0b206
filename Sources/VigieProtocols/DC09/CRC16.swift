/// CRC-16/ARC, the checksum of DC-09 frames (the same as SIA DC-07 Appendix B).
///
/// Polynomial 0x8005 reflected (0xA001), initial value 0, no final XOR; check value over
/// `"123456789"` is 0xBB3D. The lookup table is generated at first use, never copied: DC-07's
/// printed table has a typo (entry 101).
public enum CRC16 {
    /// The 256-entry reflected table, computed once.
    static let table: [UInt16] = (0..<256).map { index in
        var crc = UInt16(index)
        for _ in 0..<8 {
            crc = (crc & 1) == 1 ? (crc >> 1) ^ 0xA001 : crc >> 1
        }
        return crc
    }

    /// CRC-16/ARC of `bytes`.
    public static func arc(_ bytes: UnsafeRawBufferPointer) -> UInt16 {
        table.withUnsafeBufferPointer { table in
            var crc: UInt16 = 0
            for byte in bytes {
                crc = (crc >> 8) ^ table[Int(UInt8(truncatingIfNeeded: crc) ^ byte)]
            }
            return crc
        }
    }

    /// CRC-16/ARC of any byte sequence (convenience for tests and encoders).
    public static func arc<Bytes: Sequence>(_ bytes: Bytes) -> UInt16 where Bytes.Element == UInt8 {
        let array = Array(bytes)
        return array.withUnsafeBytes { arc($0) }
    }
}
