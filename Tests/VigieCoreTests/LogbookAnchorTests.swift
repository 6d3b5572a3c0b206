import Foundation
import Testing
import VigieCore

/// The anchor sees what the chain cannot: the newest entries deleted, or the end of the logbook rewritten.
@Suite struct LogbookAnchorTests {
    /// A chained logbook of `count` entries.
    private func logbook(_ count: Int, summary: String = "entry") -> [LogbookEntry] {
        var entries: [LogbookEntry] = []
        for sequence in 1...Int64(count) {
            let draft = LogbookDraft(kind: "note.added", author: .system, summary: "\(summary) \(sequence)")
            entries.append(
                LogbookEntry(
                    sequence: sequence, at: Date(timeIntervalSince1970: 1_800_000_000), draft: draft,
                    previousHash: entries.last?.hash ?? LogbookChain.genesis))
        }
        return entries
    }

    private let writtenAt = Date(timeIntervalSince1970: 1_800_000_060)

    @Test func aLogbookThatStillHoldsTheAnchoredEntryAgrees() {
        let entries = logbook(5)
        let anchor = LogbookAnchor(of: entries[2], at: writtenAt)
        #expect(anchor.contradiction(entryAtAnchor: entries[2], newest: entries[4]) == nil)
    }

    @Test func deletedNewestEntriesAreACut() throws {
        let entries = logbook(5)
        let anchor = LogbookAnchor(of: entries[4], at: writtenAt)
        // Entries 4 and 5 deleted: the chain 1…3 holds, the anchor says the logbook had reached 5.
        #expect(LogbookChain.firstBreak(in: Array(entries[0..<3]), after: nil) == nil)
        let cut = try #require(anchor.contradiction(entryAtAnchor: nil, newest: entries[2]))
        #expect(cut.sequence == 4)
        #expect(cut.reason.contains("ends at entry 3"))
        #expect(cut.reason.contains("had reached entry 5"))
        #expect(anchor.contradiction(entryAtAnchor: nil, newest: nil)?.reason.contains("is empty") == true)
    }

    @Test func aRewrittenEndIsSeenAtTheAnchoredEntry() throws {
        let anchor = LogbookAnchor(of: logbook(5)[4], at: writtenAt)
        // The last entries deleted and written again, chained, with other words: the chain holds, the hash differs.
        let rewritten = logbook(6, summary: "rewritten")
        #expect(LogbookChain.firstBreak(in: rewritten, after: nil) == nil)
        let found = try #require(anchor.contradiction(entryAtAnchor: rewritten[4], newest: rewritten[5]))
        #expect(found.sequence == 5)
        #expect(found.reason.contains("rewritten") && found.reason.contains("newest entries were deleted"))
    }

    @Test func theAnchorRoundTripsThroughJSON() throws {
        let anchor = LogbookAnchor(of: logbook(2)[1], at: writtenAt)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        #expect(try decoder.decode(LogbookAnchor.self, from: encoder.encode(anchor)) == anchor)
    }
}
