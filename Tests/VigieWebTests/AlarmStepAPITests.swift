import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// Following a procedure through the API: stories 1 and 3.
@Suite struct AlarmStepAPITests {
    /// A taken-able burglary alarm at a site whose procedure is callback (required, retried until answered) then
    /// keyholders (optional).
    private func harness() async throws -> (WebHarness, UUID) {
        let harness = try await WebHarness()
        let store = harness.store
        _ = try await store.create(ClosureCode(code: "FA-USR", label: "Fausse alarme — erreur utilisateur", outcome: .falseAlarm), by: .system)
        _ = try await store.create(
            Procedure(scope: .station, category: .holdUp, title: "Agression", steps: [.init(kind: .callPublicService, publicService: .police)]),
            by: .system)
        let burglary = Procedure(
            scope: .station, category: .burglary, title: "Intrusion",
            steps: [.init(kind: .callback, onNoAnswer: .retry), .init(kind: .callContacts, required: false)])
        _ = try await store.create(burglary, by: .system)
        _ = try await store.ingest([SignalDraft(receivedAt: harness.clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "r")])
        let opening = AlarmOpening(category: .burglary, priority: 60, title: "Burglary — zone 3 réserve")
        var alarm = Alarm(id: opening.id, siteID: nil, opening: opening, zone: 3, at: harness.clock.now)
        alarm.follow(burglary)
        try await store.record([SignalProcessing(signalID: 1, alarms: [alarm], eventAlarms: [alarm.id], logbook: [])])
        return (harness, alarm.id)
    }

    @Test func storyOneCallbackWithTheRightWordThenClosure() async throws {
        let (harness, id) = try await harness()
        try await harness.run { client in
            let karim = try await Browser.signIn(client, username: "operator1")
            #expect(
                try await karim.send(client, .post, "/api/v1/alarms/\(id)/steps/0", json: #"{"outcome":{"call":"answered"}}"#).status == .conflict)
            _ = try await karim.send(client, .post, "/api/v1/alarms/\(id)/take")
            let early = try await karim.send(client, .post, "/api/v1/alarms/\(id)/close", json: #"{"closureCode":"FA-USR"}"#)
            #expect(early.status == .conflict)
            #expect((early.json["message"] as? String)?.contains("1 required procedure step") == true)
            // The first call rings out: an attempt, and the step stays open.
            let rang = try await karim.send(client, .post, "/api/v1/alarms/\(id)/steps/0", json: #"{"outcome":{"call":"noAnswer"}}"#)
            let firstStep = try #require((rang.json["steps"] as? [[String: Any]])?.first)
            #expect(firstStep["outcome"] == nil && (firstStep["attempts"] as? [[String: Any]])?.count == 1)
            let called = try await karim.send(
                client, .post, "/api/v1/alarms/\(id)/steps/0",
                json: #"{"outcome":{"call":"answered","codeWord":"correct","note":"Mme Roux, inventaire"}}"#)
            #expect((called.json["lifecycle"] as? [String: Any])?["state"] as? String == "inProgress")
            #expect(try await karim.send(client, .post, "/api/v1/alarms/\(id)/steps/0", json: #"{"outcome":{"call":"busy"}}"#).status == .conflict)
            #expect(try await karim.send(client, .post, "/api/v1/alarms/\(id)/steps/7", json: #"{"skippedReason":"x"}"#).status == .notFound)
            let noReason = try await karim.send(client, .post, "/api/v1/alarms/\(id)/steps/1", json: #"{}"#)
            #expect((noReason.json["fields"] as? [[String: String]])?.first?["field"] == "skippedReason")
            let closed = try await karim.send(
                client, .post, "/api/v1/alarms/\(id)/close", json: #"{"closureCode":"FA-USR","comment":"oubli de mise en service"}"#)
            #expect((closed.json["lifecycle"] as? [String: Any])?["state"] as? String == "closed")
        }
        let kinds = try await harness.store.logbook(query: LogbookQuery(alarmID: id)).items.map(\.kind.rawValue)
        #expect(kinds == ["alarm.closed", "alarm.step", "alarm.step", "alarm.taken"])
    }

    @Test func storyThreeTheDuressWordSwitchesToTheHoldUpProcedure() async throws {
        let (harness, id) = try await harness()
        try await harness.run { client in
            let sophie = try await Browser.signIn(client, username: "operator1")
            _ = try await sophie.send(client, .post, "/api/v1/alarms/\(id)/take")
            let duress = try await sophie.send(
                client, .post, "/api/v1/alarms/\(id)/steps/0", json: #"{"outcome":{"call":"answered","codeWord":"duress"}}"#)
            #expect(duress.json["category"] as? String == "holdUp")
            let steps = try #require(duress.json["steps"] as? [[String: Any]])
            #expect(steps.count == 2)
            #expect((steps[1]["step"] as? [String: Any])?["publicService"] as? String == "police")
            let police = try await sophie.send(client, .post, "/api/v1/alarms/\(id)/steps/1", json: #"{"outcome":{"reference":"CIC-2213"}}"#)
            #expect((police.json["lifecycle"] as? [String: Any])?["state"] as? String == "dispatched")
        }
        let summaries = try await harness.store.logbook(query: LogbookQuery(alarmID: id, kinds: ["alarm.step"])).items.map(\.summary)
        #expect(summaries.contains { $0.contains("code word duress") })
        #expect(summaries.contains { $0.contains("reference CIC-2213") })
    }
}
