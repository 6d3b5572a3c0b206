import Foundation
import Logging
import Synchronization
import Testing
import VigieCore
import VigieTestSupport

@testable import Vigie

/// Issue 13: "configuration changed" fired after every POST (alarm clicks included), each reloading every
/// transmitter, the engine's snapshot and supervision. It now comes from the store's change feed, on both stores,
/// and only for configuration.
@Suite struct ConfigurationWatchTests {
    @Test(arguments: StoreFactory.all)
    func aConfigurationChangeIsToldAndAnAlarmClickOrANoteIsNot(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let told = Mutex<[ConfigurationChange]>([])
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let watch = ConfigurationWatch(store: store, logger: logger) { change in told.withLock { $0.append(change) } }
        try await withRunningServices([watch], logger: logger) {
            // The watch reads where the logbook ends when it starts; give it that moment.
            try await Task.sleep(for: .milliseconds(100))
            try await store.appendLogbook(LogbookDraft(kind: .note, author: Author(userID: nil, name: "nadia"), summary: "RAS"))
            let opening = AlarmOpening(category: .burglary, priority: 60, title: "Intrusion")
            _ = try await store.ingest([SignalDraft(receivedAt: clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "r")])
            try await store.record([
                SignalProcessing(
                    signalID: 1, alarms: [Alarm(id: opening.id, siteID: nil, opening: opening, zone: nil, at: clock.now)], eventAlarms: [opening.id],
                    logbook: [])
            ])
            _ = try await store.apply(.take, to: opening.id, by: AlarmActor(userID: UUID(), name: "nadia", role: .operator), at: clock.now, note: nil)
            try await Task.sleep(for: .milliseconds(300))
            #expect(told.withLock { $0.isEmpty })

            let customer = try await store.create(Samples.customer(), by: .system).entity
            for _ in 0..<200 where told.withLock({ $0.isEmpty }) { try await Task.sleep(for: .milliseconds(10)) }
            let changes = told.withLock { $0 }
            #expect(changes.count == 1)
            #expect(changes.first?.ids == [.customer: [customer.id]] && changes.first?.everything == false)
        }
    }
}
