import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// Dispatch milestones and the transfer directory, as the console uses them.
@Suite struct DispatchAPITests {
    private func harnessWithBurglary() async throws -> (WebHarness, UUID) {
        let harness = try await WebHarness()
        let opening = AlarmOpening(category: .burglary, priority: 60, title: "Burglary — zone 7 quai 2")
        let alarm = Alarm(id: opening.id, siteID: nil, opening: opening, zone: 7, at: harness.clock.now)
        _ = try await harness.store.ingest([SignalDraft(receivedAt: harness.clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "r")])
        try await harness.store.record([SignalProcessing(signalID: 1, alarms: [alarm], eventAlarms: [alarm.id], logbook: [])])
        return (harness, alarm.id)
    }

    @Test func theHolderRecordsEachMilestoneInTheLogbook() async throws {
        let (harness, id) = try await harnessWithBurglary()
        try await harness.run { client in
            let nadia = try await Browser.signIn(client, username: "operator1")
            let notTaken = try await nadia.send(client, .post, "/api/v1/alarms/\(id)/dispatch", json: #"{"service":"guard","milestone":"requested"}"#)
            #expect(notTaken.status == .conflict)
            _ = try await nadia.send(client, .post, "/api/v1/alarms/\(id)/take")
            let requested = try await nadia.send(
                client, .post, "/api/v1/alarms/\(id)/dispatch", json: #"{"service":"guard","milestone":"requested","reference":"GS-4412"}"#)
            #expect((requested.json["lifecycle"] as? [String: Any])?["state"] as? String == "dispatched")
            let onSite = try await nadia.send(client, .post, "/api/v1/alarms/\(id)/dispatch", json: #"{"service":"guard","milestone":"onSite"}"#)
            #expect(onSite.status == .ok)
            let unknown = try await nadia.send(client, .post, "/api/v1/alarms/\(id)/dispatch", json: #"{"service":"navy","milestone":"onSite"}"#)
            #expect(unknown.status == .badRequest || unknown.status == .unprocessableContent)
            let claire = try await Browser.signIn(client, username: "supervisor1")
            let other = try await claire.send(client, .post, "/api/v1/alarms/\(id)/dispatch", json: #"{"service":"police","milestone":"requested"}"#)
            #expect(other.status == .conflict)
        }
        let entries = try await harness.store.logbook(query: LogbookQuery(alarmID: id, kinds: ["alarm.dispatch"])).items
        #expect(entries.map(\.summary) == ["Burglary — zone 7 quai 2: guard onSite", "Burglary — zone 7 quai 2: guard requested (GS-4412)"])
        #expect(entries.last?.details.contains(#""reference":"GS-4412""#) == true)
    }

    @Test func operatorsSeeTheirActiveColleaguesWithoutSecrets() async throws {
        let harness = try await WebHarness()
        try await harness.putOnShift(.supervisor, .admin)
        try await harness.run { client in
            let karim = try await Browser.signIn(client, username: "operator1")
            let answer = try await karim.send(client, .get, "/api/v1/operators")
            #expect(answer.status == .ok)
            let text = String(buffer: answer.body)
            #expect(text.contains("supervisor1") && text.contains("admin1") && !text.contains("passwordHash"))
        }
    }

    /// Issue 13: the transfer dialog offered, and the station accepted, colleagues who were off shift.
    @Test func onlyColleaguesOnShiftAreOffered() async throws {
        let harness = try await WebHarness()
        try await harness.putOnShift(.supervisor)
        try await harness.run { client in
            let karim = try await Browser.signIn(client, username: "operator1")
            let offered = try await karim.send(client, .get, "/api/v1/operators")
            let listed = try JSONSerialization.jsonObject(with: Data(String(buffer: offered.body).utf8)) as? [[String: Any]]
            #expect(listed?.compactMap { $0["username"] as? String } == ["supervisor1"])
        }
    }
}
