import struct Foundation.UUID

/// A search of alarms: the open queue by default, worst first.
public struct AlarmQuery: Sendable, Hashable {
    /// Only open alarms (the queue), or only closed ones, or both.
    public enum Scope: String, Sendable, Hashable, CaseIterable { case open, closed, all }

    public var scope: Scope
    public var siteID: UUID?
    public var offset: Int
    public var limit: Int

    /// The most alarms one page carries; ``Store/openAlarms()`` reads them all page by page.
    public static let maximumLimit = 10_000

    public init(scope: Scope = .open, siteID: UUID? = nil, offset: Int = 0, limit: Int = 500) {
        self.scope = scope
        self.siteID = siteID
        self.offset = max(0, offset)
        self.limit = min(max(1, limit), Self.maximumLimit)
    }
}
