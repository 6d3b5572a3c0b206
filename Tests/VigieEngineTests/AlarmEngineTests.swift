import Foundation
import Logging
import ServiceLifecycle
import Testing
import VigieCore
import VigieEngine
import VigieStoreSQLite
import VigieTestSupport

/// The engine over a real SQLite store: signals in the history become alarms in the queue.
@Suite struct AlarmEngineTests {
    struct Station {
        let store: SQLiteStore
        let site: Site
        let transmitterID: UUID
        let clock: TestClock
    }

    private func station() async throws -> Station {
        let clock = TestClock()
        let store = try SQLiteStore(path: try makeTemporaryDirectory("vigie-engine").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        _ = try await store.create(Zone(siteID: site.id, number: 3, type: .interior, description: "réserve"), by: .system)
        let transmitter = try await store.create(Samples.transmitter(siteID: site.id), by: .system).entity
        return Station(store: store, site: site, transmitterID: transmitter.id, clock: clock)
    }

    private func signal(
        _ station: Station, _ events: [SignalEvent], after seconds: TimeInterval = 0, site: Bool = true, key: String = UUID().uuidString
    ) -> SignalDraft {
        SignalDraft(
            receivedAt: station.clock.now.addingTimeInterval(seconds), receiver: "dc09", transport: .tcp, peer: "127.0.0.1:1", raw: "x",
            token: "SIA-DCS", account: "4F21", events: events, transmitterID: site ? station.transmitterID : nil,
            siteID: site ? station.site.id : nil,
            dedupeKey: key)
    }

    /// Runs an engine until it has processed `count` signals.
    private func runEngine(_ store: SQLiteStore, until count: Int) async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let engine = AlarmEngine(store: store, logger: logger)
        try await withRunningServices([engine], logger: logger) {
            while engine.processed < count { try await Task.sleep(for: .milliseconds(5)) }
        }
    }

    @Test func storyOneABurglaryBecomesOneAlarmAndTheClosingAttachesToIt() async throws {
        let station = try await station()
        _ = try await station.store.ingest([
            signal(station, [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 3, description: "Burglary Alarm")]),
            signal(station, [SignalEvent(code: "CL", qualifier: .status, category: .closing, user: 2, description: "Closing Report")], after: 120),
        ])
        try await runEngine(station.store, until: 2)
        let queue = try await station.store.alarms(query: AlarmQuery()).items
        #expect(queue.count == 1)
        let alarm = try #require(queue.first)
        #expect(alarm.title == "Burglary Alarm — zone 3 réserve" && alarm.category == .burglary && alarm.eventCount == 2)
        #expect(alarm.siteID == station.site.id && alarm.lifecycle.state == .new)
        let entries = try await station.store.logbook(query: LogbookQuery(alarmID: alarm.id)).items.map(\.kind)
        #expect(entries == ["alarm.event", "alarm.opened"])
    }

    /// Issue 13: a fire joining an 8-minute-old burglary kept "Burglary Alarm — zone 3" and its age.
    @Test func aFireJoiningABurglaryIsShownAsTheFireItIs() async throws {
        let station = try await station()
        _ = try await station.store.ingest([
            signal(station, [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 3, description: "Burglary Alarm")]),
            signal(station, [SignalEvent(code: "FA", qualifier: .alarm, category: .fire, zone: 7, description: "Fire Alarm")], after: 480),
        ])
        try await runEngine(station.store, until: 2)
        let alarm = try #require(try await station.store.alarms(query: AlarmQuery()).items.first)
        #expect(alarm.category == .fire && alarm.title == "Fire Alarm — zone 7")
        #expect(alarm.currentSince == station.clock.now.addingTimeInterval(480).roundedToMilliseconds)
        #expect(alarm.handlingClockStart == alarm.currentSince)
    }

    /// Issue 13: closing marked a wait-for-restore step "skipped" whether or not the zone had restored.
    @Test func aRestoreThatArrivedCompletesTheWaitForRestoreStep() async throws {
        let station = try await station()
        _ = try await station.store.create(
            Procedure(scope: .station, category: .burglary, title: "Intrusion", steps: [ProcedureStep(kind: .waitForRestore)]), by: .system)
        _ = try await station.store.ingest([
            signal(station, [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 3, description: "Burglary Alarm")]),
            signal(
                station, [SignalEvent(code: "BR", qualifier: .restore, category: .burglary, zone: 3, description: "Burglary Restoral")], after: 90),
        ])
        try await runEngine(station.store, until: 2)
        let alarm = try #require(try await station.store.alarms(query: AlarmQuery()).items.first)
        #expect(alarm.steps.map(\.step.kind) == [.waitForRestore])
        #expect(alarm.pendingRequiredSteps == 0 && alarm.steps.first?.outcome?.restored == true && alarm.steps.first?.skippedReason == nil)
    }

    @Test func twoOperatorsCannotTakeTheSameAlarmAndClosureIsLogged() async throws {
        let station = try await station()
        _ = try await station.store.ingest([
            signal(station, [SignalEvent(code: "FA", qualifier: .alarm, category: .fire, zone: 1, description: "Fire Alarm")])
        ])
        try await runEngine(station.store, until: 1)
        let alarm = try #require(try await station.store.alarms(query: AlarmQuery()).items.first)
        let karim = AlarmActor(userID: UUID(), name: "karim", role: .operator)
        let nadia = AlarmActor(userID: UUID(), name: "nadia", role: .operator)
        _ = try await station.store.apply(.take, to: alarm.id, by: karim, at: station.clock.now, note: nil)
        await #expect(throws: AlarmTransitionError.heldByAnother(holder: "karim")) {
            try await station.store.apply(.take, to: alarm.id, by: nadia, at: station.clock.now, note: nil)
        }
        let closed = try await station.store.apply(
            .close(code: "REAL-FIRE", comment: "pompiers sur place", commentRequired: false, pendingRequiredSteps: 0), to: alarm.id, by: karim,
            at: station.clock.now.addingTimeInterval(600), note: nil)
        #expect(closed.lifecycle.state == .closed)
        #expect(try await station.store.alarms(query: AlarmQuery()).total == 0)
        #expect(try await station.store.alarms(query: AlarmQuery(scope: .closed)).total == 1)
        let kinds = try await station.store.logbook(query: LogbookQuery(alarmID: alarm.id)).items.map(\.kind)
        #expect(kinds == ["alarm.closed", "alarm.taken", "alarm.opened"])
        #expect(try await station.store.verifyLogbook().isIntact)
    }

    @Test func aNewEngineResumesWhereTheLastOneStoppedAndAClosedAlarmIsNotJoined() async throws {
        let station = try await station()
        _ = try await station.store.ingest([
            signal(station, [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 3, description: "Burglary")])
        ])
        try await runEngine(station.store, until: 1)
        let first = try #require(try await station.store.alarms(query: AlarmQuery()).items.first)
        _ = try await station.store.apply(
            .close(code: "FA-USR", comment: nil, commentRequired: false, pendingRequiredSteps: 0), to: first.id,
            by: AlarmActor(userID: nil, name: "claire", role: .supervisor), at: station.clock.now, note: nil)
        _ = try await station.store.ingest([
            signal(station, [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 3, description: "Burglary")], after: 60)
        ])
        try await runEngine(station.store, until: 1)
        let queue = try await station.store.alarms(query: AlarmQuery()).items
        #expect(queue.count == 1 && queue.first?.id != first.id)
        #expect(try await station.store.processedThrough() == 2)
    }

    @Test func aRunningEngineSeesWhatOperatorsDidToItsCachedAlarms() async throws {
        let station = try await station()
        let burglary = [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 3, description: "Burglary")]
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let engine = AlarmEngine(store: station.store, logger: logger)
        let supervisor = AlarmActor(userID: nil, name: "claire", role: .supervisor)
        try await withRunningServices([engine], logger: logger) {
            func process(_ draft: SignalDraft, total: Int) async throws {
                _ = try await station.store.ingest([draft])
                engine.signalsStored()
                while engine.processed < total { try await Task.sleep(for: .milliseconds(5)) }
            }
            try await process(signal(station, burglary), total: 1)
            let first = try #require(try await station.store.alarms(query: AlarmQuery()).items.first)
            // Taken by an operator: the next event joins the alarm as stored, still held by her.
            _ = try await station.store.apply(.take, to: first.id, by: supervisor, at: station.clock.now, note: nil)
            try await process(signal(station, burglary, after: 30), total: 2)
            let joined = try #require(try await station.store.alarm(id: first.id))
            #expect(joined.eventCount == 2 && joined.lifecycle.holder == supervisor)
            // Closed by her: the next event opens a new alarm instead of joining the closed one.
            _ = try await station.store.apply(
                .close(code: "FA-USR", comment: nil, commentRequired: false, pendingRequiredSteps: 0), to: first.id, by: supervisor,
                at: station.clock.now, note: nil)
            try await process(signal(station, burglary, after: 60), total: 3)
            let open = try await station.store.alarms(query: AlarmQuery(scope: .open)).items
            #expect(open.count == 1 && open.first?.id != first.id)
        }
    }

    /// Property: for random signal sequences, every event ends in exactly one alarm or in the logbook as a
    /// non-alarm, and none is lost or counted twice.
    @Test(arguments: 1...5)
    func everyEventEndsInExactlyOneAlarmOrTheLogbook(seed: UInt64) async throws {
        let station = try await station()
        var random = SplitMix64(seed: seed)
        var drafts: [SignalDraft] = []
        var eventCount = 0
        for index in 0..<Int(random.next() % 60 + 20) {
            let events = (0..<Int(random.next() % 3)).map { _ in
                let category = EventCategory.allCases[Int(random.next() % UInt64(EventCategory.allCases.count))]
                return SignalEvent(
                    code: "X", qualifier: random.next() % 3 == 0 ? .restore : .alarm, category: category, zone: Int(random.next() % 8),
                    description: "x")
            }
            eventCount += max(events.count, 1)
            drafts.append(signal(station, events, after: Double(index) * 20, site: random.next() % 6 != 0))
        }
        _ = try await station.store.ingest(drafts)
        try await runEngine(station.store, until: drafts.count)
        let processed = try await station.store.logbook(
            query: LogbookQuery(kinds: ["signal.logged", "alarm.opened", "alarm.event", "alarm.restore"], limit: 1000))
        #expect(processed.total == eventCount)
        let alarms = try await station.store.alarms(query: AlarmQuery(scope: .all)).items
        let joined = try await station.store.logbook(query: LogbookQuery(kinds: ["alarm.opened", "alarm.event", "alarm.restore"], limit: 1000)).total
        #expect(alarms.reduce(0) { $0 + $1.eventCount } == joined)
    }
}
