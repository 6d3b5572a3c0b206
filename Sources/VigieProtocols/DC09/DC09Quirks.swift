/// Deviations from DC-09 that were tolerated while decoding a frame (protocols.md §1.15).
///
/// Decoding records them so that an installer (`vigie decode`) and the operators' technical
/// reports can see which panels are non-conformant, and so that replies mirror the panel's form.
public struct DC09Quirks: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// Lowercase hex in CRC, length, receiver, line, account or ciphertext (quirk 1).
    public static let lowercaseHex = DC09Quirks(rawValue: 1 << 0)
    /// The length field is written in decimal (Eldes, quirk 2).
    public static let decimalLength = DC09Quirks(rawValue: 1 << 1)
    /// The CRC is two raw bytes instead of four hex characters (Lupusec, quirk 3).
    public static let binaryCRC = DC09Quirks(rawValue: 1 << 2)
    /// NUL bytes or whitespace followed the CR (quirk 4).
    public static let trailingBytes = DC09Quirks(rawValue: 1 << 3)
    /// An encrypted frame had no `|` after its pad (Hikvision, pysiaalarm, quirk 5).
    public static let missingPadSeparator = DC09Quirks(rawValue: 1 << 4)
    /// A NULL frame carried data (Hikvision, quirk 6).
    public static let dataInNull = DC09Quirks(rawValue: 1 << 5)
    /// The SIA/CID data had no `#account|` prefix or an empty one (quirk 9).
    public static let missingDataAccount = DC09Quirks(rawValue: 1 << 6)
    /// The sequence number holds hex letters (dc09-spt 0.0.4, quirk 13).
    public static let hexSequence = DC09Quirks(rawValue: 1 << 7)
    /// The `L` account prefix was absent (my-dc09-spt without a line).
    public static let missingLine = DC09Quirks(rawValue: 1 << 8)
    /// The frame had no leading LF or no trailing CR (pasted or stripped input).
    public static let missingDelimiters = DC09Quirks(rawValue: 1 << 9)

    /// Names of the quirks present, in declaration order, for reports.
    public var names: [String] {
        Self.all.compactMap { contains($0.0) ? $0.1 : nil }
    }

    private static let all: [(DC09Quirks, String)] = [
        (.lowercaseHex, "lowercaseHex"), (.decimalLength, "decimalLength"), (.binaryCRC, "binaryCRC"),
        (.trailingBytes, "trailingBytes"), (.missingPadSeparator, "missingPadSeparator"),
        (.dataInNull, "dataInNull"), (.missingDataAccount, "missingDataAccount"),
        (.hexSequence, "hexSequence"), (.missingLine, "missingLine"), (.missingDelimiters, "missingDelimiters"),
    ]
}
