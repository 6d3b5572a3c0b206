import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// The logbook part of the `Store` contract: every change is recorded, chained, searchable, and checkable.
@Suite struct LogbookContractTests {
    @Test(arguments: StoreFactory.all)
    func recordsEveryConfigurationChangeWithBeforeAndAfterButNoSecret(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let customer = try await store.create(Samples.customer(), by: Author(userID: nil, name: "admin")).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        var contact = try await store.create(Samples.contact(siteID: site.id), by: .system).entity
        contact.codeWord = "jonquille"
        _ = try await store.update(contact, expectedVersion: nil, by: .system)

        let entries = try await store.logbook(query: LogbookQuery()).items
        #expect(entries.map(\.kind) == [.configUpdated, .configCreated, .configCreated, .configCreated])
        #expect(entries.last?.authorName == "admin")
        #expect(entries.first?.siteID == site.id)
        let update = try #require(entries.first)
        #expect(update.details.contains("\"secretsChanged\":[\"codeWord\"]"))
        #expect(!update.details.contains("tulipe") && !update.details.contains("jonquille") && !update.details.contains("orage"))
    }

    @Test(arguments: StoreFactory.all)
    func chainsEntriesAndVerifiesTheChain(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        for index in 1...25 {
            clock.advance(by: 1)
            try await store.appendLogbook(LogbookDraft(kind: .note, author: .system, summary: "note \(index)\nwith a line break"))
        }
        let entries = try await store.logbook(query: LogbookQuery(limit: 1000)).items.reversed()
        #expect(entries.map(\.sequence) == Array(1...25))
        #expect(entries.first?.previousHash == LogbookChain.genesis)
        #expect(zip(entries.dropFirst(), entries).allSatisfy { $0.previousHash == $1.hash })
        let verification = try await store.verifyLogbook()
        #expect(verification == LogbookVerification(entriesChecked: 25, firstBreak: nil))
    }

    @Test(arguments: StoreFactory.all)
    func searchesByTimeSiteAuthorKindAndText(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let siteID = UUID()
        let start = clock.now
        try await store.appendLogbook(LogbookDraft(kind: .note, author: Author(userID: nil, name: "karim"), summary: "prise de poste"))
        clock.advance(by: 3600)
        try await store.appendLogbook(
            LogbookDraft(
                kind: .callReceived, author: Author(userID: nil, name: "nadia"), siteID: siteID, summary: "appel de M. Garnier: travaux verrière"))
        clock.advance(by: 3600)
        try await store.appendLogbook(LogbookDraft(kind: .incident, author: Author(userID: nil, name: "nadia"), summary: "coupure réseau"))

        #expect(try await store.logbook(query: LogbookQuery(siteID: siteID)).items.map(\.summary) == ["appel de M. Garnier: travaux verrière"])
        #expect(try await store.logbook(query: LogbookQuery(authorName: "nadia")).total == 2)
        #expect(try await store.logbook(query: LogbookQuery(kinds: [.note, .incident])).total == 2)
        #expect(try await store.logbook(query: LogbookQuery(text: "verrière")).total == 1)
        let window = LogbookQuery(from: start.addingTimeInterval(1800), until: start.addingTimeInterval(5400))
        #expect(try await store.logbook(query: window).items.map(\.kind) == [.callReceived])
        let paged = try await store.logbook(query: LogbookQuery(offset: 1, limit: 1))
        #expect(paged.total == 3)
        #expect(paged.items.map(\.summary) == ["appel de M. Garnier: travaux verrière"])
    }
}
