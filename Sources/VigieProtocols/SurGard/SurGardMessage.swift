/// One line of the Sur-Gard (DSC) receiver-to-automation protocol ("MLR2"), without its DC4.
///
/// Vigie reads it from legacy receivers and writes it so that automation software can sit
/// behind Vigie (protocols.md §4). The automation answers each line with ``SurGard/ack`` or ``SurGard/nak``.
public struct SurGardMessage: Hashable, Sendable {
    /// Which protocol the line uses, from its first character.
    public enum Kind: String, Hashable, Sendable {
        /// `1RRL           @    `: link test, must be ACKed.
        case heartbeat
        /// `5RRL 18AAAAQXYZGGCCC`: Contact ID (Q = E new event, R restore, P previous).
        case contactID
        /// `SRRL[#AAAA|Nri1BA01]`: SIA DC-03 block as received.
        case sia
        /// `3RRL    AAAAAAXXYYYY`: SIA protocol 1 (code and 4-digit zone).
        case siaProtocol1
    }

    /// The protocol of the line.
    public var kind: Kind
    /// Receiver number (2 digits).
    public var receiver: String
    /// Line (line card) number, 1 or 3 digits.
    public var line: String
    /// The account, when the line carries one.
    public var account: String?
    /// The Contact ID event of a protocol-5 line.
    public var contactID: ContactIDEvent?
    /// The SIA data of an `S` line (the text between the brackets).
    public var siaData: String?
    /// The decoded events.
    public var events: [DecodedEvent]
    /// The optional receiver clock suffix `HH:MM:SS-dd/mm`.
    public var time: String?

    public init(
        kind: Kind, receiver: String, line: String, account: String? = nil, contactID: ContactIDEvent? = nil,
        siaData: String? = nil, events: [DecodedEvent] = [], time: String? = nil
    ) {
        self.kind = kind
        self.receiver = receiver
        self.line = line
        self.account = account
        self.contactID = contactID
        self.siaData = siaData
        self.events = events
        self.time = time
    }

    /// A heartbeat line.
    public static func heartbeat(receiver: String = "01", line: String = "1") -> SurGardMessage {
        SurGardMessage(kind: .heartbeat, receiver: receiver, line: line)
    }

    /// A protocol-5 (Contact ID) line.
    public static func contactID(
        receiver: String, line: String, account: String, event: ContactIDEvent
    ) -> SurGardMessage {
        SurGardMessage(
            kind: .contactID, receiver: receiver, line: line, account: account, contactID: event, events: [event.decoded]
        )
    }

    /// An `S` (SIA DC-03) line; `data` is the block, for example `#1234|Nri1BA01`.
    public static func sia(receiver: String, line: String, data: String) throws(SIAError) -> SurGardMessage {
        let block = try SIADataBlock(parsing: data)
        return SurGardMessage(
            kind: .sia, receiver: receiver, line: line, account: block.account, siaData: data, events: block.events
        )
    }
}

/// Protocol constants of the Sur-Gard automation link.
public enum SurGard {
    /// Terminates every line.
    public static let terminator: UInt8 = 0x14
    /// The automation's positive acknowledgement.
    public static let ack: UInt8 = 0x06
    /// The automation's negative acknowledgement (the receiver retransmits).
    public static let nak: UInt8 = 0x15
}
