import Foundation

/// What a change asks the logbook to record; the store gives it a sequence number and chains it.
public struct LogbookDraft: Sendable, Hashable {
    public var kind: LogbookKind
    public var author: Author
    public var siteID: UUID?
    public var alarmID: UUID?
    /// One human sentence ("Site Pharmacie du Centre mis en test jusqu'à 15:30").
    public var summary: String
    /// Machine-readable details as canonical JSON (sorted keys), hashed exactly as stored.
    public var details: String

    public init(kind: LogbookKind, author: Author, siteID: UUID? = nil, alarmID: UUID? = nil, summary: String, details: String = "{}") {
        self.kind = kind
        self.author = author
        self.siteID = siteID
        self.alarmID = alarmID
        self.summary = summary
        self.details = details
    }

    /// A draft whose details are `value` encoded as canonical JSON.
    public init<Details: Encodable>(
        kind: LogbookKind, author: Author, siteID: UUID? = nil, alarmID: UUID? = nil, summary: String, details value: Details
    ) {
        self.init(kind: kind, author: author, siteID: siteID, alarmID: alarmID, summary: summary, details: CanonicalJSON.string(value))
    }
}

/// One line of the main courante: append-only, hash-chained to the one before.
public struct LogbookEntry: Codable, Sendable, Hashable {
    /// 1, 2, 3… with no gap.
    public var sequence: Int64
    /// When it happened, in UTC with millisecond precision.
    public var at: Date
    public var kind: LogbookKind
    public var authorID: UUID?
    public var authorName: String
    public var siteID: UUID?
    public var alarmID: UUID?
    public var summary: String
    public var details: String
    /// Hex SHA-256 of the previous entry (64 zeros for the first).
    public var previousHash: String
    /// Hex SHA-256 over `previousHash` and this entry's canonical form.
    public var hash: String

    public init(sequence: Int64, at: Date, draft: LogbookDraft, previousHash: String) {
        self.sequence = sequence
        self.at = at.roundedToMilliseconds
        self.kind = draft.kind
        self.authorID = draft.author.userID
        self.authorName = draft.author.name
        self.siteID = draft.siteID
        self.alarmID = draft.alarmID
        self.summary = draft.summary
        self.details = draft.details
        self.previousHash = previousHash
        self.hash = ""
        self.hash = LogbookChain.hash(of: self)
    }

    public init(
        sequence: Int64, at: Date, kind: LogbookKind, authorID: UUID?, authorName: String, siteID: UUID?, alarmID: UUID?,
        summary: String, details: String, previousHash: String, hash: String
    ) {
        self.sequence = sequence
        self.at = at
        self.kind = kind
        self.authorID = authorID
        self.authorName = authorName
        self.siteID = siteID
        self.alarmID = alarmID
        self.summary = summary
        self.details = details
        self.previousHash = previousHash
        self.hash = hash
    }
}

extension Date {
    /// The same instant truncated to whole milliseconds, the precision every store keeps.
    public var roundedToMilliseconds: Date {
        Date(millisecondsSince1970: millisecondsSince1970)
    }

    /// Rounded to the nearest millisecond: `1795000000.123` is stored as a binary double a hair below
    /// `.123`, and truncating would turn it into `.122`.
    public var millisecondsSince1970: Int64 {
        Int64((timeIntervalSince1970 * 1000).rounded())
    }

    public init(millisecondsSince1970 milliseconds: Int64) {
        self.init(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
