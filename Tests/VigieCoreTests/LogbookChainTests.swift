import Foundation
import Testing
import VigieCore

@Suite struct LogbookChainTests {
    private func chain(_ count: Int) -> [LogbookEntry] {
        var entries: [LogbookEntry] = []
        for index in 1...count {
            let draft = LogbookDraft(kind: .note, author: .system, summary: "entry \(index)")
            entries.append(
                LogbookEntry(
                    sequence: Int64(index), at: Date(timeIntervalSince1970: 1_795_000_000 + Double(index) * 0.0015), draft: draft,
                    previousHash: entries.last?.hash ?? LogbookChain.genesis))
        }
        return entries
    }

    @Test func anUntouchedChainHolds() {
        #expect(LogbookChain.firstBreak(in: chain(10), after: nil) == nil)
    }

    @Test func anyChangedFieldBreaksItsEntry() {
        let mutations: [(inout LogbookEntry) -> Void] = [
            { $0.summary += "." }, { $0.details = #"{"x":1}"# }, { $0.authorName = "someone" }, { $0.kind = .incident },
            { $0.at = $0.at.addingTimeInterval(0.001) }, { $0.siteID = UUID() }, { $0.alarmID = UUID() }, { $0.authorID = UUID() },
        ]
        for mutate in mutations {
            var entries = chain(5)
            mutate(&entries[2])
            #expect(LogbookChain.firstBreak(in: entries, after: nil)?.sequence == 3)
        }
    }

    @Test func removedReorderedOrReHashedEntriesAreFound() {
        var removed = chain(5)
        removed.remove(at: 1)
        #expect(LogbookChain.firstBreak(in: removed, after: nil)?.sequence == 3)

        var reordered = chain(5)
        reordered.swapAt(1, 2)
        #expect(LogbookChain.firstBreak(in: reordered, after: nil)?.sequence == 3)

        // Recomputing the altered entry's own hash does not help: the next entry still points at the old one.
        var rehashed = chain(5)
        rehashed[2].summary = "forged"
        rehashed[2].hash = LogbookChain.hash(of: rehashed[2])
        #expect(LogbookChain.firstBreak(in: rehashed, after: nil)?.sequence == 4)
    }

    @Test func fieldBoundariesCannotBeShifted() {
        let base = LogbookDraft(kind: .note, author: Author(userID: nil, name: "ab"), summary: "c")
        let shifted = LogbookDraft(kind: .note, author: Author(userID: nil, name: "a"), summary: "bc")
        let at = Date(timeIntervalSince1970: 0)
        #expect(
            LogbookEntry(sequence: 1, at: at, draft: base, previousHash: LogbookChain.genesis).hash
                != LogbookEntry(sequence: 1, at: at, draft: shifted, previousHash: LogbookChain.genesis).hash)
    }

    @Test func verificationContinuesFromThePreviousBatch() {
        let entries = chain(6)
        #expect(LogbookChain.firstBreak(in: Array(entries[3...]), after: entries[2]) == nil)
        #expect(LogbookChain.firstBreak(in: Array(entries[3...]), after: entries[1])?.sequence == 4)
    }
}
