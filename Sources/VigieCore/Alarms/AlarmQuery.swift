import struct Foundation.UUID

/// A search of alarms: the open queue by default, worst first.
public struct AlarmQuery: Sendable, Hashable {
    /// Only open alarms (the queue), or only closed ones, or both.
    public enum Scope: String, Sendable, Hashable, CaseIterable { case open, closed, all }

    /// The queue's order (highest priority, then oldest), or the identifiers' order, which does not move while
    /// alarms open, close and change priority: read page after page with ``after``, it lists every alarm that
    /// stays open throughout exactly once, where offsets in the queue's order skip one each time an alarm is
    /// inserted before the page read.
    public enum Order: String, Sendable, Hashable, CaseIterable { case priority, id }

    public var scope: Scope
    public var siteID: UUID?
    public var order: Order
    /// In the identifiers' order, only the alarms after this one (the last of the previous page).
    public var after: UUID?
    public var offset: Int
    public var limit: Int

    /// The most alarms one page carries; ``Store/openAlarms()`` reads them all page by page.
    public static let maximumLimit = 10_000

    public init(scope: Scope = .open, siteID: UUID? = nil, order: Order = .priority, after: UUID? = nil, offset: Int = 0, limit: Int = 500) {
        self.scope = scope
        self.siteID = siteID
        self.order = after == nil ? order : .id
        self.after = after
        self.offset = max(0, offset)
        self.limit = min(max(1, limit), Self.maximumLimit)
    }
}
