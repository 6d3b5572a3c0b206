/// The ID token of a DC-09 frame: which format its data block holds, or which reply it is.
///
/// The `*` of an encrypted frame is not part of the token; see ``DC09Frame/isEncrypted``.
/// Tokens Vigie does not know are kept verbatim in ``other(_:)`` so that the receiver can
/// answer DUH instead of failing the frame.
public enum DC09Token: Hashable, Sendable, CustomStringConvertible {
    /// `SIA-DCS`: SIA DC-03 data.
    case siaDCS
    /// `ADM-CID`: Ademco Contact ID (DC-05) data.
    case admCID
    /// `NULL`: link test / supervision poll.
    case null
    /// `XNM`: extended null message (DC-09-2026), may carry extended data.
    case xnm
    /// `ACK`: positive acknowledgement (receiver to panel).
    case ack
    /// `NAK`: negative acknowledgement, never encrypted.
    case nak
    /// `DUH`: "unable" acknowledgement, never encrypted.
    case duh
    /// `RSP`: message response carrying data.
    case rsp
    /// Any other token, as received (for example `SIA-S2K`, `ADM-41E`).
    case other(String)

    /// Parses the text between the quotes, without the `*`.
    public init(_ text: String) {
        switch text {
        case "SIA-DCS": self = .siaDCS
        case "ADM-CID": self = .admCID
        case "NULL": self = .null
        case "XNM": self = .xnm
        case "ACK": self = .ack
        case "NAK": self = .nak
        case "DUH": self = .duh
        case "RSP": self = .rsp
        default: self = .other(text)
        }
    }

    /// The token as written on the wire (without `*`).
    public var text: String {
        switch self {
        case .siaDCS: "SIA-DCS"
        case .admCID: "ADM-CID"
        case .null: "NULL"
        case .xnm: "XNM"
        case .ack: "ACK"
        case .nak: "NAK"
        case .duh: "DUH"
        case .rsp: "RSP"
        case .other(let text): text
        }
    }

    public var description: String { text }

    /// Whether the token is a reply from a receiver (ACK, NAK, DUH, RSP) rather than a panel message.
    public var isReply: Bool {
        switch self {
        case .ack, .nak, .duh, .rsp: true
        default: false
        }
    }

    /// Whether Vigie decodes this token's data (the receiver answers DUH to the others).
    public var isSupported: Bool {
        if case .other = self { return false }
        return true
    }
}

extension DC09Token {
    /// Fast match on raw bytes, so that the hot path creates no `String` for the known tokens.
    init(bytes: UnsafeRawBufferPointer) {
        switch bytes.count {
        case 7 where Self.equal(bytes, "SIA-DCS"): self = .siaDCS
        case 7 where Self.equal(bytes, "ADM-CID"): self = .admCID
        case 4 where Self.equal(bytes, "NULL"): self = .null
        case 3 where Self.equal(bytes, "ACK"): self = .ack
        case 3 where Self.equal(bytes, "NAK"): self = .nak
        case 3 where Self.equal(bytes, "DUH"): self = .duh
        case 3 where Self.equal(bytes, "RSP"): self = .rsp
        case 3 where Self.equal(bytes, "XNM"): self = .xnm
        default: self = .other(WireText.string(bytes))
        }
    }

    @inline(__always)
    private static func equal(_ bytes: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
        literal.withUTF8Buffer { literal in
            guard literal.count == bytes.count else { return false }
            for index in 0..<literal.count where literal[index] != bytes[index] {
                return false
            }
            return true
        }
    }
}
