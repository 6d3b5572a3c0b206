import Foundation

/// The logbook's newest entry as the station last saw it, kept outside the database: the hash chain shows an
/// entry altered, removed or inserted anywhere before the newest, but deleting the newest entries leaves a
/// shorter chain that holds. Checked against an anchor, such a cut is seen, back to the anchor's time.
///
/// What it cannot see: entries written after the last anchor and deleted before the next one (the station
/// writes one every minute and at shutdown), or a cut made by someone who can also rewrite the anchor file
/// (keep a copy elsewhere, e.g. with the shift reports or in the backups, to close that gap).
public struct LogbookAnchor: Codable, Sendable, Hashable {
    public var sequence: Int64
    public var hash: String
    public var writtenAt: Date

    public init(sequence: Int64, hash: String, writtenAt: Date) {
        self.sequence = sequence
        self.hash = hash
        self.writtenAt = writtenAt
    }

    public init(of entry: LogbookEntry, at date: Date) {
        self.init(sequence: entry.sequence, hash: entry.hash, writtenAt: date)
    }

    /// Where the logbook contradicts this anchor, given its entry at ``sequence`` (`nil` if it has none) and its
    /// newest entry: `nil` when the logbook still holds the anchored entry unchanged.
    ///
    /// A cut logbook a station keeps writing to reaches the anchored sequence again with other entries: that is
    /// the same deletion, so both reasons say the newest entries were deleted.
    public func contradiction(entryAtAnchor: LogbookEntry?, newest: LogbookEntry?) -> LogbookBreak? {
        guard let entry = entryAtAnchor, entry.sequence == sequence else {
            let end = newest.map { "ends at entry \($0.sequence)" } ?? "is empty"
            return LogbookBreak(
                sequence: (newest?.sequence ?? 0) + 1,
                reason: "the logbook \(end), but it had reached entry \(sequence) when its anchor was written at \(writtenAt.ISO8601Format()): "
                    + "its newest entries were deleted")
        }
        guard entry.hash == hash else {
            return LogbookBreak(
                sequence: sequence,
                reason: "entry \(sequence) is not the one anchored at \(writtenAt.ISO8601Format()): "
                    + "the newest entries were deleted and others written in their place (the end of the logbook was rewritten)")
        }
        return nil
    }
}
