import Foundation
import Logging
import Testing
import VigieCore
import VigieEngine
import VigieStoreSQLite
import VigieTestSupport

/// Issue 13: the station's alarm "no operator has taken over the shift" stayed open, and escalated, after
/// someone took over. Each station problem is now an alarm of its own, which its end closes if nobody took it.
@Suite struct StationProblemAlarmTests {
    private func report(_ code: String, _ qualifier: EventQualifier, clock: TestClock, after seconds: TimeInterval = 0) -> SignalDraft {
        SignalDraft(
            receivedAt: clock.now.addingTimeInterval(seconds), receiver: "station", transport: .station, peer: "station", raw: "",
            token: AlarmGrouping.stationProblemToken,
            events: [SignalEvent(code: code, qualifier: qualifier, category: .technical, description: "Problem \(code)")])
    }

    private func process(_ store: SQLiteStore, _ drafts: [SignalDraft], total: Int) async throws {
        _ = try await store.ingest(drafts)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let engine = AlarmEngine(store: store, logger: logger)
        try await withRunningServices([engine], logger: logger) {
            while engine.processed < total { try await Task.sleep(for: .milliseconds(5)) }
        }
    }

    private func store(_ clock: TestClock) throws -> SQLiteStore {
        try SQLiteStore(path: try makeTemporaryDirectory("vigie-problems").appendingPathComponent("vigie.sqlite").path, now: clock.function)
    }

    @Test func aProblemThatEndsBeforeAnyoneTookItsAlarmClosesIt() async throws {
        let clock = TestClock()
        let store = try store(clock)
        try await process(store, [report("NO-OPERATOR", .alarm, clock: clock), report("DISK-LOW", .alarm, clock: clock)], total: 2)
        let opened = try await store.alarms(query: AlarmQuery()).items
        #expect(opened.count == 2)
        let noOperator = try #require(opened.first { $0.title == "Problem NO-OPERATOR" })

        try await process(store, [report("NO-OPERATOR", .restore, clock: clock, after: 60)], total: 1)
        let closed = try #require(try await store.alarm(id: noOperator.id))
        #expect(closed.lifecycle.state == .closed && closed.lifecycle.closureCode == AlarmGrouping.problemEndedCode)
        #expect(closed.lifecycle.holder == nil && closed.handlingClockStart == nil)
        // The disk is still low: its alarm stays.
        #expect(try await store.alarms(query: AlarmQuery()).items.map(\.title) == ["Problem DISK-LOW"])
        let entries = try await store.logbook(query: LogbookQuery(alarmID: noOperator.id)).items.map(\.kind)
        #expect(entries == [.alarmClosed, .alarmRestore, .alarmOpened])

        // The problem again: a new alarm, not the closed one.
        try await process(store, [report("NO-OPERATOR", .alarm, clock: clock, after: 120)], total: 1)
        #expect(try await store.alarms(query: AlarmQuery()).items.count == 2)
    }

    @Test func aTakenAlarmIsItsOperatorsToClose() async throws {
        let clock = TestClock()
        let store = try store(clock)
        try await process(store, [report("RECEIVER-DOWN", .alarm, clock: clock)], total: 1)
        let alarm = try #require(try await store.alarms(query: AlarmQuery()).items.first)
        _ = try await store.apply(.take, to: alarm.id, by: AlarmActor(userID: UUID(), name: "nadia", role: .operator), at: clock.now, note: nil)
        try await process(store, [report("RECEIVER-DOWN", .restore, clock: clock, after: 30)], total: 1)
        let after = try #require(try await store.alarm(id: alarm.id))
        #expect(after.lifecycle.state == .taken && after.lifecycle.holder?.name == "nadia")
    }
}
