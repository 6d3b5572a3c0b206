/// Lookup of SIA DC-03 two-letter event codes.
///
/// The rows live in the generated `SIACodeTable+Entries.swift`; this type indexes them in a
/// 26×26 array so that a lookup on the decode hot path is two subtractions and a load.
public enum SIACodeTable {
    /// The row for a two-letter code, or `nil` for a code Vigie does not know.
    public static func info(for code: String) -> SIACodeInfo? {
        let utf8 = Array(code.utf8)
        guard utf8.count == 2 else { return nil }
        return info(utf8[0], utf8[1])
    }

    /// The row for the code made of two uppercase ASCII letters.
    static func info(_ first: UInt8, _ second: UInt8) -> SIACodeInfo? {
        guard ASCII.isUppercaseLetter(first), ASCII.isUppercaseLetter(second) else { return nil }
        return index[Int(first - 0x41) * 26 + Int(second - 0x41)]
    }

    /// All rows, in table order.
    public static var all: [SIACodeInfo] { entries }

    private static let index: [SIACodeInfo?] = {
        var index = [SIACodeInfo?](repeating: nil, count: 26 * 26)
        for entry in entries {
            let utf8 = Array(entry.code.utf8)
            index[Int(utf8[0] - 0x41) * 26 + Int(utf8[1] - 0x41)] = entry
        }
        return index
    }()
}
