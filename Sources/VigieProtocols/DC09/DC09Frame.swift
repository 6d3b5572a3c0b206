import NIOCore

/// One decoded DC-09 frame: header fields exactly as received, data, extended data, timestamp
/// and the classified events.
///
/// Text fields keep the panel's spelling (case, leading zeros), because a reply must echo them
/// byte for byte (protocols.md §1.8). Build one with ``init(parsing:options:)-(ByteBuffer,_)`` or
/// get them from ``DC09FrameDecoder``.
public struct DC09Frame: Hashable, Sendable {
    /// The ID token, without `*`.
    public var token: DC09Token
    /// Whether the frame was encrypted (`"*SIA-DCS"`).
    public var isEncrypted: Bool
    /// The 4-character sequence number as received.
    public var sequence: String
    /// The `R` receiver number without `R`, `nil` when absent.
    public var receiver: String?
    /// The `L` account prefix without `L`, `nil` when absent (tolerated).
    public var line: String?
    /// The `#` account without `#`; `nil` for the NAK form `A0`.
    public var account: String?
    /// The data block between `[` and `]`, decrypted, as text.
    public var data: String
    /// The `#account` inside the data block (`[#1234|…]`), when present: the subscriber account.
    public var dataAccount: String?
    /// The `[x…]` extended-data blocks in order.
    public var extendedData: [DC09ExtendedData]
    /// The `_HH:MM:SS,MM-DD-YYYY` timestamp, if present.
    public var timestamp: DC09Timestamp?
    /// The events of the data block (SIA-DCS, ADM-CID); empty for NULL and replies.
    public var events: [DecodedEvent]
    /// How the CRC was written; a reply uses the same form.
    public var crcFormat: DC09CRCFormat
    /// Tolerated deviations from the standard.
    public var quirks: DC09Quirks

    public init(
        token: DC09Token, isEncrypted: Bool = false, sequence: String, receiver: String? = nil, line: String? = nil,
        account: String?, data: String = "", dataAccount: String? = nil, extendedData: [DC09ExtendedData] = [],
        timestamp: DC09Timestamp? = nil, events: [DecodedEvent] = [], crcFormat: DC09CRCFormat = .ascii,
        quirks: DC09Quirks = []
    ) {
        self.token = token
        self.isEncrypted = isEncrypted
        self.sequence = sequence
        self.receiver = receiver
        self.line = line
        self.account = account
        self.data = data
        self.dataAccount = dataAccount
        self.extendedData = extendedData
        self.timestamp = timestamp
        self.events = events
        self.crcFormat = crcFormat
        self.quirks = quirks
    }

    /// The subscriber account: the data block's when present, else the header's (protocols.md §1.8).
    public var subscriberAccount: String? { dataAccount ?? account }

    /// The query a receiver uses to find this transmitter's configuration.
    public var accountQuery: DC09AccountQuery {
        DC09AccountQuery(account: account ?? "", line: line, receiver: receiver)
    }
}

/// How a frame writes its CRC.
public enum DC09CRCFormat: String, Hashable, Sendable {
    /// Four ASCII hex characters (the standard).
    case ascii
    /// Two raw bytes, most significant first (Lupusec panels).
    case binary
}
