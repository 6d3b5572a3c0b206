import Foundation

/// Paging and filtering of a list: `offset`/`limit`, free text, and the parent to list the children of.
public struct ListQuery: Sendable, Hashable {
    public var offset: Int
    public var limit: Int
    /// Words that must all appear in the entity's search text (accents and case ignored).
    public var search: String?
    /// Only entities whose parent is this one (the zones of a site).
    public var parentID: UUID?

    public static let maximumLimit = 1000
    /// The most ids one `?ids=` list asks for (a console resolving the names on one screen).
    public static let maximumIDs = 200

    public init(offset: Int = 0, limit: Int = 50, search: String? = nil, parentID: UUID? = nil) {
        self.offset = max(0, offset)
        self.limit = min(max(1, limit), Self.maximumLimit)
        self.search = search
        self.parentID = parentID
    }

    /// The search split into folded words; a telephone number, however it is written (`+33 6 71 24 58 93`,
    /// `0671245893`), is one word in the form entities index (``PhoneNumber/searchDigits(_:)``).
    public var searchWords: [String] {
        let text = search ?? ""
        if PhoneNumber.looksLikeNumber(text) { return [PhoneNumber.searchDigits(text) ?? String(text.filter(\.isASCIIDigit))] }
        return text.searchFolded.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}

/// One page of a list and the total count, so a console can show "51–100 of 3 204".
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int
    public var offset: Int
    public var limit: Int

    public init(items: [Item], total: Int, offset: Int, limit: Int) {
        self.items = items
        self.total = total
        self.offset = offset
        self.limit = limit
    }

    public func map<T>(_ transform: (Item) throws -> T) rethrows -> Page<T> {
        Page<T>(items: try items.map(transform), total: total, offset: offset, limit: limit)
    }
}

extension Page: Equatable where Item: Equatable {}
