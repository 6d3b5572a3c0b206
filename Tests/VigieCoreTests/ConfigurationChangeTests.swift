import Foundation
import Testing
import VigieCore

/// What the configuration watch tells each cache, read from the logbook's configuration entries.
@Suite struct ConfigurationChangeTests {
    let at = Date(timeIntervalSince1970: 1_795_000_000)

    func entry(_ draft: LogbookDraft, sequence: Int64 = 1) -> LogbookEntry {
        LogbookEntry(sequence: sequence, at: at, draft: draft, previousHash: "")
    }

    @Test func namesTheEntitiesThatChangedByKind() {
        let customer = Customer(name: "Pharmacie du Centre")
        let transmitter = Transmitter(siteID: UUID(), account: "4F21")
        var change = ConfigurationChange()
        change.add(entry(ConfigChangeLog.created(customer, by: .system)))
        change.add(entry(ConfigChangeLog.deleted(transmitter, by: .system)))
        change.add(entry(LogbookDraft(kind: .note, author: .system, summary: "RAS")))
        #expect(change.ids == [.customer: [customer.id], .transmitter: [transmitter.id]])
        #expect(change.touches([.transmitter]) && !change.touches([.zone, .procedure]))
        #expect(!change.isEmpty && !change.everything)
    }

    @Test func anEntryItCannotReadMeansEverything() {
        var change = ConfigurationChange()
        change.add(entry(LogbookDraft(kind: .configUpdated, author: .system, summary: "?", details: "not json")))
        #expect(change.everything && change.touches([.zone]))
    }

    @Test func changesMerge() {
        var first = ConfigurationChange()
        first.add(entry(ConfigChangeLog.created(Customer(name: "A"), by: .system)))
        var second = ConfigurationChange()
        second.add(entry(ConfigChangeLog.created(Customer(name: "B"), by: .system)))
        first.merge(second)
        #expect(first.ids[.customer]?.count == 2)
        first.merge(.all)
        #expect(first.everything)
        #expect(ConfigurationChange().isEmpty)
    }
}
