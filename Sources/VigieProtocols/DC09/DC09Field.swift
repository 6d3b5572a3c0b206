/// A named part of a DC-09 frame, used by ``DC09Error/malformedField(_:)`` to say what was wrong.
public enum DC09Field: String, Hashable, Sendable, CaseIterable {
    /// The leading LF, or the frame as a whole (missing CR, too short).
    case framing
    /// The 4-character CRC.
    case crc
    /// The `0LLL` length.
    case length
    /// The quoted ID token.
    case token
    /// The 4-character sequence number.
    case sequence
    /// The `R` receiver number.
    case receiver
    /// The `L` account prefix (line).
    case line
    /// The `#` account.
    case account
    /// The data block between `[` and `]`.
    case data
    /// An `[x…]` extended-data block.
    case extendedData
    /// The `_HH:MM:SS,MM-DD-YYYY` timestamp.
    case timestamp
    /// The encryption key (encoder input).
    case key
}
