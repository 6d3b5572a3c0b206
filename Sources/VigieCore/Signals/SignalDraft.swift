import Foundation

/// A signal as a receiver hands it to the store: what arrived, from where, and what it decoded to.
///
/// Every frame becomes one, including those that failed to decode (``error`` set): nothing received is
/// silently dropped, and the raw bytes stay available to whoever investigates.
public struct SignalDraft: Codable, Sendable, Hashable {
    public var receivedAt: Date
    /// The receiver that got it (`dc09`, `mlr2`), and its transport.
    public var receiver: String
    public var transport: SignalTransport
    /// `host:port` of the sender.
    public var peer: String
    /// The frame exactly as received, non-printable bytes written `\xNN`.
    public var raw: String
    /// `SIA-DCS`, `ADM-CID`, `NULL`… (without `*`); `nil` when the frame could not be read that far.
    public var token: String?
    public var encrypted: Bool
    public var account: String?
    public var receiverNumber: String?
    public var line: String?
    public var sequence: String?
    /// The panel's own timestamp, when it sent one.
    public var panelTime: Date?
    public var events: [SignalEvent]
    /// Why the frame was refused (`badCRC`, `cannotDecrypt`, `timestampOutsideWindow`…); `nil` when decoded.
    public var error: String?
    /// What the receiver answered: `ACK`, `NAK`, `DUH`, or `nil` for none.
    public var reply: String?
    /// The transmitter the account belongs to, when known.
    public var transmitterID: UUID?
    public var siteID: UUID?
    /// Identifies retransmissions: the same key within ``SignalDeduplication/window`` is stored once.
    public var dedupeKey: String?

    public init(
        receivedAt: Date, receiver: String, transport: SignalTransport, peer: String, raw: String, token: String? = nil,
        encrypted: Bool = false, account: String? = nil, receiverNumber: String? = nil, line: String? = nil, sequence: String? = nil,
        panelTime: Date? = nil, events: [SignalEvent] = [], error: String? = nil, reply: String? = nil, transmitterID: UUID? = nil,
        siteID: UUID? = nil, dedupeKey: String? = nil
    ) {
        self.receivedAt = receivedAt
        self.receiver = receiver
        self.transport = transport
        self.peer = peer
        self.raw = raw
        self.token = token
        self.encrypted = encrypted
        self.account = account
        self.receiverNumber = receiverNumber
        self.line = line
        self.sequence = sequence
        self.panelTime = panelTime
        self.events = events
        self.error = error
        self.reply = reply
        self.transmitterID = transmitterID
        self.siteID = siteID
        self.dedupeKey = dedupeKey
    }

    /// Whether this signal only proves the link is alive (a NULL poll or a periodic test) and raises nothing.
    public var isLinkCheck: Bool {
        error == nil && (token == "NULL" || (!events.isEmpty && events.allSatisfy { $0.category == .supervision }))
    }
}

/// How a signal reached the station.
public enum SignalTransport: String, Codable, Sendable, CaseIterable {
    case tcp, udp
    /// Passed on by a hardware receiver's automation output (Sur-Gard MLR2).
    case receiverFeed
}

/// A signal as stored, with its sequence number in the station's history.
public struct StoredSignal: Codable, Sendable, Hashable {
    public var id: Int64
    public var signal: SignalDraft

    public init(id: Int64, signal: SignalDraft) {
        self.id = id
        self.signal = signal
    }
}

/// What the store did with one signal of a batch.
public enum IngestOutcome: Sendable, Hashable {
    /// Written; the station's history holds it under this id.
    case stored(id: Int64)
    /// A retransmission of a signal stored earlier under this id: acknowledged again, not stored twice.
    case duplicate(of: Int64)
}

/// The retransmission rule (DESIGN invariant 2).
public enum SignalDeduplication {
    /// A panel retries for minutes at most; after an hour the same sequence number is a new message.
    public static let window: TimeInterval = 3600
}
