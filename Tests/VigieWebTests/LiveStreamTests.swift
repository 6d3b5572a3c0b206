import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// The live feed resumes exactly after the last event a console saw.
@Suite struct LiveStreamTests {
    private func ids(_ body: String) -> [Int] {
        body.split(separator: "\n").compactMap { $0.hasPrefix("id: ") ? Int($0.dropFirst(4)) : nil }
    }

    @Test func resumesAfterTheLastEventIDInOrder() async throws {
        let harness = try await WebHarness()
        for index in 1...5 {
            try await harness.store.appendLogbook(LogbookDraft(kind: .note, author: .system, summary: "note \(index)"))
        }
        let total = try await harness.store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "operator1")
            let fromThree = try await browser.send(client, .get, "/api/v1/stream?since=3&once=true")
            #expect(fromThree.headers[.contentType]?.hasPrefix("text/event-stream") == true)
            let body = String(buffer: fromThree.body)
            let seen = ids(body)
            #expect(seen.first == 4 && seen == Array(seen.sorted()) && Set(seen).count == seen.count)
            #expect(body.contains("event: manual.note") && body.contains(#""summary":"note 5""#))
            let resumed = try await browser.send(
                client, .get, "/api/v1/stream?once=true", headers: [HTTPField.Name("Last-Event-ID")!: "\(total - 1)"])
            #expect(ids(String(buffer: resumed.body)).first == Int(total))
            let bad = try await browser.send(client, .get, "/api/v1/stream?since=-4&once=true")
            #expect(bad.status == .badRequest)
        }
    }

    @Test func alarmEventsCarryTheAlarmsCurrentState() async throws {
        let harness = try await WebHarness()
        _ = try await harness.store.ingest([SignalDraft(receivedAt: harness.clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "r")])
        let opening = AlarmOpening(category: .burglary, priority: 60, title: "Burglary — zone 3 réserve")
        let alarm = Alarm(id: opening.id, siteID: nil, opening: opening, zone: 3, at: harness.clock.now)
        let before = try await harness.store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0
        try await harness.store.record([
            SignalProcessing(
                signalID: 1, alarms: [alarm], eventAlarms: [alarm.id],
                logbook: [LogbookDraft(kind: "alarm.opened", author: .system, alarmID: alarm.id, summary: "opened")])
        ])
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "operator1")
            let body = String(buffer: try await browser.send(client, .get, "/api/v1/stream?since=\(before)&once=true").body)
            #expect(body.contains("event: alarm.opened"))
            #expect(body.contains(#""title":"Burglary — zone 3 réserve""#))
        }
    }

    @Test func everyCommitToTheLogbookWakesSubscribersWithoutWaitingForThem() async throws {
        let harness = try await WebHarness()
        let wakes = harness.store.changes.subscribe()
        var iterator = wakes.makeAsyncIterator()
        // A subscriber that never reads holds at most one pending wake-up; writers carry on.
        for index in 1...100 {
            try await harness.store.appendLogbook(LogbookDraft(kind: .note, author: .system, summary: "\(index)"))
        }
        #expect(await iterator.next() != nil)
        #expect(harness.store.changes.subscriberCount == 1)
    }
}
