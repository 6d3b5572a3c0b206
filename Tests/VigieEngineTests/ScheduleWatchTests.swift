import Foundation
import Synchronization
import Testing
import VigieCore
import VigieEngine
import VigieStoreSQLite
import VigieTestSupport

/// Late to close: a site still disarmed after its closing time and tolerance is reported once.
@Suite struct ScheduleWatchTests {
    /// Monday 2026-11-30 19:00 in Paris (18:00 UTC).
    let monday1900 = Date(timeIntervalSince1970: 1_796_061_600)

    @Test func reportsASiteStillDisarmedAfterClosingOnce() async throws {
        let clock = TestClock(monday1900)
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-schedule").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        _ = try await store.create(
            OpeningSchedule(siteID: site.id, periods: (1...6).map { .init(weekday: $0, opens: "08:30", closes: "19:30") }, toleranceMinutes: 15),
            by: .system)
        let reports = Mutex<[SignalDraft]>([])
        let watch = ScheduleWatch(store: store, now: clock.function) { draft in reports.withLock { $0.append(draft) } }
        let opening = SignalDraft(
            receivedAt: monday1900.addingTimeInterval(-10 * 3600), receiver: "dc09", transport: .tcp, peer: "p", raw: "r",
            events: [SignalEvent(code: "OP", qualifier: .status, category: .opening, user: 2, description: "Opening")], siteID: site.id)
        watch.stored([StoredSignal(id: 1, signal: opening)])

        clock.advance(by: 30 * 60 + 14 * 60)  // 19:44: within the tolerance
        try await watch.check()
        #expect(reports.withLock { $0.isEmpty })
        clock.advance(by: 2 * 60)  // 19:46
        try await watch.check()
        try await watch.check()
        let sent = reports.withLock { $0 }
        #expect(sent.count == 1)
        #expect(sent.first?.events.first?.code == "LATE-TO-CLOSE" && sent.first?.siteID == site.id && sent.first?.transport == .station)

        // Armed the next evening on time: nothing to report.
        let closing = SignalDraft(
            receivedAt: clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "r",
            events: [SignalEvent(code: "CL", qualifier: .status, category: .closing, description: "Closing")], siteID: site.id)
        watch.stored([StoredSignal(id: 2, signal: closing)])
        clock.advance(by: 86_400)
        try await watch.check()
        #expect(reports.withLock { $0.count } == 1)
    }

    @Test func theStationsLateToCloseIsAnAlarmEvenThoughItIsAClosing() {
        let site = Site(customerID: UUID(), name: "Pharmacie", address: PostalAddress(street: "1 rue", postalCode: "69002", city: "Lyon"))
        var context = ProcessingContext(site: site)
        let event = SignalEvent(code: "LATE-TO-CLOSE", qualifier: .alarm, category: .closing, description: "Not armed")
        guard case .open(let opening) = AlarmProcessor().decide(event, at: monday1900, stationGenerated: true, context: &context) else {
            Issue.record("late to close opens an alarm")
            return
        }
        #expect(opening.category == .closing)
    }
}
