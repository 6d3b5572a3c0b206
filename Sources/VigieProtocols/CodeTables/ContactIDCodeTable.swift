/// Lookup of Contact ID (DC-05) three-digit event codes.
///
/// The rows live in the generated `ContactIDCodeTable+Entries.swift`, indexed here by code value.
public enum ContactIDCodeTable {
    /// The row for a code (0…999), or `nil` for a code Vigie does not know.
    public static func info(for code: Int) -> ContactIDCodeInfo? {
        guard (0..<1000).contains(code) else { return nil }
        return index[code]
    }

    /// All rows, in table order.
    public static var all: [ContactIDCodeInfo] { entries }

    private static let index: [ContactIDCodeInfo?] = {
        var index = [ContactIDCodeInfo?](repeating: nil, count: 1000)
        for entry in entries { index[entry.code] = entry }
        return index
    }()
}
