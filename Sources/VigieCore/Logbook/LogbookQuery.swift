import Foundation

/// A search of the logbook: by time, site, author and kind, newest first.
public struct LogbookQuery: Sendable, Hashable {
    public var from: Date?
    public var until: Date?
    public var siteID: UUID?
    public var alarmID: UUID?
    public var authorName: String?
    public var kinds: [LogbookKind]
    /// Words that must appear in the summary.
    public var text: String?
    /// Only entries after this sequence number, oldest first: how a live console catches up after a reconnect.
    public var afterSequence: Int64?
    public var offset: Int
    public var limit: Int

    public init(
        from: Date? = nil, until: Date? = nil, siteID: UUID? = nil, alarmID: UUID? = nil, authorName: String? = nil,
        kinds: [LogbookKind] = [], text: String? = nil, afterSequence: Int64? = nil, offset: Int = 0, limit: Int = 100
    ) {
        self.afterSequence = afterSequence
        self.from = from
        self.until = until
        self.siteID = siteID
        self.alarmID = alarmID
        self.authorName = authorName
        self.kinds = kinds
        self.text = text
        self.offset = max(0, offset)
        self.limit = min(max(1, limit), ListQuery.maximumLimit)
    }
}
