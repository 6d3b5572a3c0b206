import Foundation
import Logging
import Testing
import VigieCore
import VigieEngine
import VigieStoreSQLite
import VigieTestSupport

/// A flood of unknown accounts fills one alarm per receiver, not the queue, and a restarted engine keeps
/// joining the same alarm.
@Suite struct UnknownAccountAlarmTests {
    private func report(account: String, receiver: String = "dc09", clock: TestClock) -> SignalDraft {
        SignalDraft(
            receivedAt: clock.now, receiver: receiver, transport: .station, peer: "127.0.0.1:1", raw: "", token: "ANOMALY", account: account,
            events: [
                SignalEvent(
                    code: AlarmGrouping.unknownAccountCode, qualifier: .alarm, category: .technical,
                    description: "Signal from account \(account), which no transmitter of the station has")
            ])
    }

    private func runEngine(_ store: SQLiteStore, until count: Int) async throws {
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let engine = AlarmEngine(store: store, logger: logger)
        try await withRunningServices([engine], logger: logger) {
            while engine.processed < count { try await Task.sleep(for: .milliseconds(5)) }
        }
    }

    @Test func unknownAccountsShareOneAlarmPerReceiverAcrossARestart() async throws {
        let clock = TestClock()
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-unknown").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        _ = try await store.ingest(
            ["F001", "F002", "F003"].map { report(account: $0, clock: clock) } + [report(account: "F004", receiver: "dc09-backup", clock: clock)])
        try await runEngine(store, until: 4)
        var queue = try await store.alarms(query: AlarmQuery()).items
        #expect(queue.count == 2)
        let grouped = try #require(queue.first { $0.grouping == "unknown:dc09" })
        #expect(grouped.eventCount == 3 && grouped.title == "3 signals from unknown accounts on receiver dc09")
        #expect(queue.contains { $0.grouping == "unknown:dc09-backup" && $0.eventCount == 1 })

        // A new engine (a restart) finds the open alarm by the same key and keeps filling it.
        _ = try await store.ingest(["F005", "F006"].map { report(account: $0, clock: clock) })
        try await runEngine(store, until: 2)
        queue = try await store.alarms(query: AlarmQuery()).items
        #expect(queue.count == 2)
        let after = try #require(queue.first { $0.id == grouped.id })
        #expect(after.eventCount == 5 && after.title == "5 signals from unknown accounts on receiver dc09")
    }
}
