import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// Alarms in the `Store` contract: the engine's cursor, and lifecycle commands on the stored state.
@Suite struct AlarmContractTests {
    private let dupont = AlarmActor(userID: UUID(), name: "dupont", role: .operator)
    private let martin = AlarmActor(userID: UUID(), name: "martin", role: .operator)

    /// A stored signal and an alarm opened by it, recorded as the engine does.
    private func openAlarm(in store: any Store, at date: Date) async throws -> (signalID: Int64, alarm: Alarm) {
        let draft = SignalDraft(
            receivedAt: date, receiver: "dc09", transport: .tcp, peer: "127.0.0.1:50000", raw: "frame", token: "SIA-DCS", account: "4F21",
            events: [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 3, description: "Burglary Alarm")])
        guard case .stored(let signalID) = try await store.ingest([draft]).first else { throw StoreError.notFound(kind: "signal", id: "") }
        let alarm = Alarm(
            id: UUID(), siteID: nil, opening: AlarmOpening(category: .burglary, priority: 80, title: "Intrusion"), zone: 3, at: date)
        let log = LogbookDraft(kind: "alarm.opened", author: .system, alarmID: alarm.id, summary: "alarm opened")
        try await store.record([SignalProcessing(signalID: signalID, alarms: [alarm], eventAlarms: [alarm.id], logbook: [log])])
        return (signalID, alarm)
    }

    @Test(arguments: StoreFactory.all)
    func recordsProcessingOnceAndMovesTheCursor(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let (signalID, alarm) = try await openAlarm(in: store, at: clock.now)

        #expect(try await store.processedThrough() == signalID)
        #expect(try await store.alarm(id: alarm.id) == alarm)
        #expect(try await store.alarms(query: AlarmQuery(scope: .open)).items.map(\.id) == [alarm.id])
        #expect(try await store.signals(after: 0, limit: 10).map(\.id) == [signalID])
        // A second engine recording the same signal is refused, and nothing of its batch is written.
        let twin = SignalProcessing(
            signalID: signalID, alarms: [], eventAlarms: [nil], logbook: [LogbookDraft(kind: "signal.logged", author: .system, summary: "twice")])
        let before = try await store.logbook(query: LogbookQuery()).total
        await #expect(throws: StoreError.self) { try await store.record([twin]) }
        #expect(try await store.logbook(query: LogbookQuery()).total == before)
        #expect(try await store.verifyLogbook().firstBreak == nil)
    }

    @Test(arguments: StoreFactory.all)
    func commandsApplyToTheStoredStateWithTheirLogbookEntry(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let (_, alarm) = try await openAlarm(in: store, at: clock.now)

        let taken = try await store.apply(.take, to: alarm.id, by: dupont, at: clock.now, note: nil)
        #expect(taken.lifecycle.holder == dupont)
        await #expect(throws: AlarmTransitionError.self) { try await store.apply(.take, to: alarm.id, by: martin, at: clock.now, note: nil) }
        #expect(try await store.alarm(id: alarm.id)?.lifecycle.holder == dupont)
        #expect(try await store.logbook(query: LogbookQuery(alarmID: alarm.id)).total == 2)
        await #expect(throws: StoreError.self) { try await store.apply(.take, to: UUID(), by: martin, at: clock.now, note: nil) }
    }

    @Test(arguments: StoreFactory.all)
    func alarmsByIDsGiveTheStoredStateOfThoseFound(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let (_, first) = try await openAlarm(in: store, at: clock.now)
        let (_, second) = try await openAlarm(in: store, at: clock.now)
        _ = try await store.apply(.take, to: second.id, by: dupont, at: clock.now, note: nil)

        let found = try await store.alarms(ids: [first.id, second.id, UUID()])
        #expect(found.keys.sorted { $0.uuidString < $1.uuidString } == [first.id, second.id].sorted { $0.uuidString < $1.uuidString })
        #expect(found[first.id] == first)
        #expect(found[second.id]?.lifecycle.holder == dupont)
        #expect(try await store.alarms(ids: []).isEmpty)
    }

    @Test(arguments: StoreFactory.all)
    func openAlarmsAreReadBeyondOnePage(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let count = AlarmQuery.maximumLimit + 20
        let burglary = [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 1, description: "Burglary")]
        for start in stride(from: 0, to: count, by: 1000) {
            let drafts = (start..<min(start + 1000, count)).map { index in
                SignalDraft(
                    receivedAt: clock.now, receiver: "dc09", transport: .tcp, peer: "127.0.0.1:1", raw: "frame \(index)", token: "SIA-DCS",
                    account: "4F21", events: burglary)
            }
            var batch: [SignalProcessing] = []
            for case .stored(let signalID) in try await store.ingest(drafts) {
                let alarm = Alarm(
                    id: UUID(), siteID: nil, opening: AlarmOpening(category: .burglary, priority: 80, title: "Intrusion"), zone: 1, at: clock.now)
                batch.append(SignalProcessing(signalID: signalID, alarms: [alarm], eventAlarms: [alarm.id], logbook: []))
            }
            try await store.record(batch)
        }
        let open = try await store.openAlarms()
        #expect(open.count == count)
        #expect(Set(open.map(\.id)).count == count)
    }

    @Test(arguments: StoreFactory.all)
    func pagesInTheIdentifiersOrderSkipNoAlarmWhileAnotherOpens(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        var opened: [UUID] = []
        for _ in 0..<5 { opened.append(try await openAlarm(in: store, at: clock.now).alarm.id) }

        let first = try await store.alarms(query: AlarmQuery(scope: .open, order: .id, limit: 2)).items
        // A new alarm between two pages lands anywhere in this order: the alarms open throughout are each read once.
        let newcomer = try await openAlarm(in: store, at: clock.now).alarm.id
        var read = first
        while let last = read.last {
            let page = try await store.alarms(query: AlarmQuery(scope: .open, after: last.id, limit: 2)).items
            if page.isEmpty { break }
            read += page
        }
        let ids = read.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(Set(opened).isSubset(of: Set(ids)))
        #expect(Set(ids).isSubset(of: Set(opened + [newcomer])))
    }

    @Test(arguments: StoreFactory.all)
    func alarmsWithARunningHandlingClockAreFoundByItsStart(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let start = clock.now
        let (_, waiting) = try await openAlarm(in: store, at: start)
        let (_, escalated) = try await openAlarm(in: store, at: start)
        _ = try await store.apply(.escalate, to: escalated.id, by: .station, at: start, note: nil)
        let (_, held) = try await openAlarm(in: store, at: start)
        _ = try await store.apply(.take, to: held.id, by: dupont, at: start.addingTimeInterval(60), note: nil)
        let (_, closed) = try await openAlarm(in: store, at: start)
        _ = try await store.apply(.take, to: closed.id, by: martin, at: start, note: nil)
        _ = try await store.apply(
            .close(code: "FA-USR", comment: nil, commentRequired: false, pendingRequiredSteps: 0), to: closed.id, by: martin, at: start, note: nil)

        let ids = { (cutoff: Date) in Set(try await store.alarmsWithHandlingClock(startedBy: cutoff).map(\.id)) }
        #expect(try await ids(start.addingTimeInterval(-1)).isEmpty)
        // Waiting since its creation; held since the take; escalated and closed alarms have no clock running.
        #expect(try await ids(start) == [waiting.id])
        #expect(try await ids(start.addingTimeInterval(60)) == [waiting.id, held.id])
    }
}
