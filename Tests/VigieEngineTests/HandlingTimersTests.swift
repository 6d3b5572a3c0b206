import Foundation
import Testing
import VigieCore
import VigieEngine
import VigieStoreSQLite
import VigieTestSupport

/// Escalation and the dead-man check, driven by a hand-moved clock.
@Suite struct HandlingTimersTests {
    private func store(with categories: [EventCategory], clock: TestClock) async throws -> (SQLiteStore, [UUID]) {
        let store = try SQLiteStore(path: try makeTemporaryDirectory("vigie-timers").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        var ids: [UUID] = []
        var batch: [SignalProcessing] = []
        for (index, category) in categories.enumerated() {
            _ = try await store.ingest([
                SignalDraft(receivedAt: clock.now, receiver: "t", transport: .tcp, peer: "p", raw: "\(index)", dedupeKey: "\(index)")
            ])
            let opening = AlarmOpening(category: category, priority: 50, title: "\(category)")
            batch.append(
                SignalProcessing(
                    signalID: Int64(index + 1), alarms: [Alarm(id: opening.id, siteID: nil, opening: opening, zone: nil, at: clock.now)],
                    eventAlarms: [opening.id], logbook: []))
            ids.append(opening.id)
        }
        try await store.record(batch)
        return (store, ids)
    }

    @Test func escalatesEachAlarmOnceAfterItsCategorysDelay() async throws {
        let clock = TestClock()
        let (store, ids) = try await store(with: [.holdUp, .burglary], clock: clock)
        let timers = HandlingTimers(store: store, clock: clock.station)
        clock.advance(by: 29)
        _ = try await timers.check(warned: [])
        #expect(try await store.alarm(id: ids[0])?.lifecycle.escalatedAt == nil)
        clock.advance(by: 1)
        _ = try await timers.check(warned: [])
        #expect(try await store.alarm(id: ids[0])?.lifecycle.escalatedAt == clock.now.roundedToMilliseconds)
        #expect(try await store.alarm(id: ids[1])?.lifecycle.escalatedAt == nil)
        clock.advance(by: 30)
        _ = try await timers.check(warned: [])
        _ = try await timers.check(warned: [])
        #expect(try await store.alarm(id: ids[1])?.lifecycle.escalatedAt != nil)
        #expect(try await store.logbook(query: LogbookQuery(kinds: ["alarm.escalated"])).total == 2)
    }

    /// Issue 26: a technical alarm a procedure made urgent (the pharmacy's mains failure) escalates as fast as a fire.
    @Test func anUrgentPriorityEscalatesWithinTheUrgentDelayWhateverItsCategory() {
        let configuration = HandlingTimers.Configuration()
        var mains = Alarm(id: UUID(), siteID: nil, opening: AlarmOpening(category: .technical, priority: 30, title: "AT"), zone: nil, at: Date())
        #expect(configuration.escalationDelay(for: mains) == 60)
        mains.priority = 88
        #expect(configuration.escalationDelay(for: mains) == 30)
        let holdUp = Alarm(id: UUID(), siteID: nil, opening: AlarmOpening(category: .holdUp, priority: 95, title: "HA"), zone: nil, at: Date())
        #expect(HandlingTimers.Configuration(escalationDelays: [.holdUp: 10]).escalationDelay(for: holdUp) == 10)
    }

    /// Story 2: the alarm parked with the guard on site comes back to the queue when its reminder falls due.
    @Test func aParkedAlarmComesBackWhenItsReminderFallsDue() async throws {
        let clock = TestClock()
        let (store, ids) = try await store(with: [.burglary], clock: clock)
        let nadia = AlarmActor(userID: UUID(), name: "nadia", role: .operator)
        _ = try await store.apply(.take, to: ids[0], by: nadia, at: clock.now, note: nil)
        let parkedAt = clock.now
        _ = try await store.updateAlarm(id: ids[0], at: parkedAt) { alarm in
            try AlarmHandling().apply(.park(onSite: "agent GS-4412", note: nil, reminderMinutes: 30), to: &alarm, by: nadia, at: parkedAt)
        }
        let timers = HandlingTimers(store: store, clock: clock.station)
        _ = try await timers.check(warned: [])
        clock.advance(by: 29 * 60)
        _ = try await timers.check(warned: [])
        #expect(try await store.alarm(id: ids[0])?.lifecycle.state == .awaitingRestore)
        clock.advance(by: 60)
        _ = try await timers.check(warned: [])
        let back = try #require(try await store.alarm(id: ids[0]))
        #expect(back.lifecycle.state == .new && back.parking?.end == .reminderDue && back.lifecycle.escalatedAt == nil)
        #expect(try await store.logbook(query: LogbookQuery(kinds: ["alarm.returned"])).total == 1)
    }

    @Test func warnsAnIdleHolderThenReturnsTheAlarmToTheQueue() async throws {
        let clock = TestClock()
        let (store, ids) = try await store(with: [.burglary], clock: clock)
        let karim = AlarmActor(userID: UUID(), name: "karim", role: .operator)
        _ = try await store.apply(.take, to: ids[0], by: karim, at: clock.now, note: nil)
        let timers = HandlingTimers(store: store, configuration: .init(deadManWarning: 180, deadManRelease: 300), clock: clock.station)
        clock.advance(by: 179)
        #expect(try await timers.check(warned: []).isEmpty)
        clock.advance(by: 1)
        var warned = try await timers.check(warned: [])
        warned = try await timers.check(warned: warned)
        #expect(warned == [ids[0]])
        #expect(try await store.logbook(query: LogbookQuery(kinds: ["alarm.deadManWarning"])).total == 1)
        // Activity resets the clock.
        _ = try await store.apply(.recordActivity, to: ids[0], by: karim, at: clock.now, note: nil)
        #expect(try await timers.check(warned: warned).isEmpty)
        clock.advance(by: 300)
        _ = try await timers.check(warned: [])
        let alarm = try #require(try await store.alarm(id: ids[0]))
        #expect(alarm.lifecycle.state == .new && alarm.lifecycle.holder == nil)
        #expect(try await store.logbook(query: LogbookQuery(kinds: ["alarm.deadManReleased"])).total == 1)
    }

    /// A wall clock set 120 s ahead must not escalate alarms that have waited 10 s, nor take alarms from their
    /// holders; the delays still run out on time by the monotonic clock.
    @Test func aWallClockStepForwardFiresNoTimerEarly() async throws {
        let clock = TestClock()
        let (store, ids) = try await store(with: [.holdUp, .burglary], clock: clock)
        let karim = AlarmActor(userID: UUID(), name: "karim", role: .operator)
        _ = try await store.apply(.take, to: ids[1], by: karim, at: clock.now, note: nil)
        let timers = HandlingTimers(store: store, configuration: .init(deadManWarning: 180, deadManRelease: 300), clock: clock.station)
        clock.advance(by: 10)
        #expect(try await timers.check(warned: []).isEmpty)
        clock.stepWall(by: 120)
        clock.advance(by: 19)
        var warned = try await timers.check(warned: [])
        #expect(warned.isEmpty)
        #expect(try await store.alarm(id: ids[0])?.lifecycle.escalatedAt == nil)
        clock.advance(by: 1)
        warned = try await timers.check(warned: warned)
        #expect(try await store.alarm(id: ids[0])?.lifecycle.escalatedAt == clock.now.roundedToMilliseconds, "on time, stamped with the wall clock")
        clock.advance(by: 149)
        #expect(try await timers.check(warned: warned).isEmpty)
        clock.advance(by: 1)
        #expect(try await timers.check(warned: []) == [ids[1]])
        #expect(try await store.alarm(id: ids[1])?.lifecycle.holder?.name == "karim")
    }

    /// A wall clock set 120 s back must not delay an escalation or a dead-man release.
    @Test func aWallClockStepBackDelaysNoTimer() async throws {
        let clock = TestClock()
        let (store, ids) = try await store(with: [.burglary, .burglary], clock: clock)
        let karim = AlarmActor(userID: UUID(), name: "karim", role: .operator)
        _ = try await store.apply(.take, to: ids[1], by: karim, at: clock.now, note: nil)
        let timers = HandlingTimers(store: store, configuration: .init(deadManWarning: 180, deadManRelease: 300), clock: clock.station)
        clock.advance(by: 5)
        _ = try await timers.check(warned: [])
        clock.stepWall(by: -120)
        clock.advance(by: 54)
        _ = try await timers.check(warned: [])
        #expect(try await store.alarm(id: ids[0])?.lifecycle.escalatedAt == nil)
        clock.advance(by: 1)
        _ = try await timers.check(warned: [])
        #expect(try await store.alarm(id: ids[0])?.lifecycle.escalatedAt != nil, "60 s after it came in")
        clock.advance(by: 239)
        _ = try await timers.check(warned: [])
        #expect(try await store.alarm(id: ids[1])?.lifecycle.holder != nil)
        clock.advance(by: 1)
        _ = try await timers.check(warned: [])
        let released = try #require(try await store.alarm(id: ids[1]))
        #expect(released.lifecycle.state == .new && released.lifecycle.holder == nil, "300 s after the last action")
    }
}
