import Foundation

/// A search of received signals, newest first.
public struct SignalQuery: Sendable, Hashable {
    public var siteID: UUID?
    public var transmitterID: UUID?
    public var account: String?
    public var from: Date?
    public var until: Date?
    /// Only signals that failed to decode.
    public var errorsOnly: Bool
    /// Only what transmitters sent, not the station's reports about itself or its links (the silence check).
    public var fromTransmittersOnly: Bool
    public var offset: Int
    public var limit: Int

    public init(
        siteID: UUID? = nil, transmitterID: UUID? = nil, account: String? = nil, from: Date? = nil, until: Date? = nil,
        errorsOnly: Bool = false, fromTransmittersOnly: Bool = false, offset: Int = 0, limit: Int = 100
    ) {
        self.siteID = siteID
        self.transmitterID = transmitterID
        self.account = account
        self.from = from
        self.until = until
        self.errorsOnly = errorsOnly
        self.fromTransmittersOnly = fromTransmittersOnly
        self.offset = max(0, offset)
        self.limit = min(max(1, limit), ListQuery.maximumLimit)
    }
}

/// The last time each transmitter was heard from, for link supervision after a restart.
public struct LinkContact: Codable, Sendable, Hashable {
    public var transmitterID: UUID
    public var lastSeenAt: Date

    public init(transmitterID: UUID, lastSeenAt: Date) {
        self.transmitterID = transmitterID
        self.lastSeenAt = lastSeenAt
    }
}
