import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// Signals in the `Store` contract: batches, retransmissions, errors kept raw, searches, last contact.
@Suite struct SignalContractTests {
    private func draft(
        at date: Date, account: String = "4F21", sequence: String = "0001", key: String? = "k1", siteID: UUID? = nil,
        transmitterID: UUID? = nil, error: String? = nil
    ) -> SignalDraft {
        SignalDraft(
            receivedAt: date, receiver: "dc09", transport: .tcp, peer: "127.0.0.1:50000",
            raw: "\\x0A7D2E0036\"SIA-DCS\"\(sequence)R1L1#\(account)[#\(account)|NBA003]\\x0D",
            token: "SIA-DCS", account: account, receiverNumber: "1", line: "1", sequence: sequence,
            events: [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 3, description: "Burglary Alarm")],
            error: error, reply: error == nil ? "ACK" : "NAK", transmitterID: transmitterID, siteID: siteID, dedupeKey: key)
    }

    @Test(arguments: StoreFactory.all)
    func storesABatchAndKeepsEveryField(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let siteID = UUID()
        let first = draft(at: clock.now, key: "a", siteID: siteID, transmitterID: UUID())
        let broken = draft(at: clock.now, key: nil, error: "badCRC")
        let outcomes = try await store.ingest([first, broken])
        guard case .stored(let firstID) = outcomes[0], case .stored(let brokenID) = outcomes[1] else {
            Issue.record("expected both stored, got \(outcomes)")
            return
        }
        #expect(brokenID > firstID)
        #expect(try await store.signal(id: firstID)?.signal == first.roundedTimes)
        #expect(try await store.signal(id: brokenID)?.signal.error == "badCRC")
        #expect(try await store.signals(query: SignalQuery(siteID: siteID)).items.map(\.id) == [firstID])
        #expect(try await store.signals(query: SignalQuery(errorsOnly: true)).items.map(\.id) == [brokenID])
    }

    @Test(arguments: StoreFactory.all)
    func storesARetransmissionOnceWithinTheWindow(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let original = try await store.ingest([draft(at: clock.now, key: "same")])
        guard case .stored(let id) = original[0] else {
            Issue.record("not stored")
            return
        }
        clock.advance(by: 30)
        // In a later batch, and twice within one batch.
        #expect(
            try await store.ingest([draft(at: clock.now, key: "same"), draft(at: clock.now, key: "same")]) == [
                .duplicate(of: id), .duplicate(of: id),
            ])
        let inBatch = try await store.ingest([draft(at: clock.now, key: "fresh"), draft(at: clock.now, key: "fresh")])
        guard case .stored(let freshID) = inBatch[0] else {
            Issue.record("not stored")
            return
        }
        #expect(inBatch[1] == .duplicate(of: freshID))
        clock.advance(by: SignalDeduplication.window + 1)
        guard case .stored = try await store.ingest([draft(at: clock.now, key: "same")])[0] else {
            Issue.record("the same sequence an hour later is a new message")
            return
        }
        #expect(try await store.signals(query: SignalQuery()).total == 3)
    }

    @Test(arguments: StoreFactory.all)
    func searchesByAccountAndTimeNewestFirst(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let start = clock.now
        for index in 0..<6 {
            _ = try await store.ingest([
                draft(at: clock.now, account: index.isMultiple(of: 2) ? "4F21" : "9A00", sequence: String(format: "%04d", index), key: "k\(index)")
            ])
            clock.advance(by: 60)
        }
        let page = try await store.signals(query: SignalQuery(account: "4F21", limit: 2))
        #expect(page.total == 3)
        #expect(page.items.map(\.signal.sequence) == ["0004", "0002"])
        let window = try await store.signals(query: SignalQuery(from: start.addingTimeInterval(90), until: start.addingTimeInterval(210)))
        #expect(window.items.map(\.signal.sequence) == ["0003", "0002"])
    }

    @Test(arguments: StoreFactory.all)
    func remembersWhenEachTransmitterWasLastHeard(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let transmitterID = UUID()
        let early = clock.now
        clock.advance(by: 90)
        let late = clock.now
        _ = try await store.ingest([draft(at: late, key: "b", transmitterID: transmitterID)])
        // A late-arriving older signal does not move the last contact back.
        _ = try await store.ingest([draft(at: early, key: "c", transmitterID: transmitterID)])
        #expect(try await store.linkContacts() == [LinkContact(transmitterID: transmitterID, lastSeenAt: late.roundedToMilliseconds)])
    }
}

extension SignalDraft {
    /// The draft as a store returns it: times at millisecond precision.
    var roundedTimes: SignalDraft {
        var copy = self
        copy.receivedAt = receivedAt.roundedToMilliseconds
        copy.panelTime = panelTime?.roundedToMilliseconds
        return copy
    }
}

/// The hand-written events JSON reads back as the values written, whatever the text holds.
@Suite struct EventsJSONTests {
    @Test(arguments: StoreFactory.all)
    func eventsRoundTripThroughTheStore(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let events = [
            SignalEvent(
                code: "BA", qualifier: .alarm, category: .burglary, zone: 3, partition: 1, user: 12, description: "Burglary \"Alarm\"",
                frenchDescription: "Alarme \"intrusion\" — réserve", text: "ligne 1\nligne\t2 \\ \u{01} é 🚨"),
            SignalEvent(code: "E130", qualifier: .restore, category: .burglary, description: "Burglary"),
        ]
        let outcome = try await store.ingest([
            SignalDraft(receivedAt: Date(), receiver: "dc09", transport: .tcp, peer: "p", raw: "r", events: events, dedupeKey: "k")
        ])
        guard case .stored(let id) = outcome.first else {
            Issue.record("not stored")
            return
        }
        #expect(try await store.signal(id: id)?.signal.events == events)
    }
}
