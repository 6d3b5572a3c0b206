import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// The queue and the first handling actions, as the console will use them.
@Suite struct AlarmAPITests {
    /// A harness whose store holds one new fire alarm, and the closure codes of the station.
    private func harnessWithAlarm() async throws -> (WebHarness, UUID) {
        let harness = try await WebHarness()
        _ = try await harness.store.create(
            ClosureCode(code: "FA-USR", label: "Fausse alarme — erreur utilisateur", outcome: .falseAlarm, requiresComment: true), by: .system)
        let opening = AlarmOpening(
            category: .fire, priority: 90, title: "Fire Alarm — zone 1 atelier",
            titles: Wording(en: "Fire Alarm — zone 1 atelier", fr: "Alarme incendie — zone 1 atelier"))
        let alarm = Alarm(id: opening.id, siteID: nil, opening: opening, zone: 1, at: harness.clock.now)
        _ = try await harness.store.ingest([SignalDraft(receivedAt: harness.clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "r")])
        try await harness.store.record([SignalProcessing(signalID: 1, alarms: [alarm], eventAlarms: [alarm.id], logbook: [])])
        return (harness, alarm.id)
    }

    /// Issue 13: bulk closure was a loop in the browser (take, skip each step, close); it is one request the
    /// station decides alarm by alarm.
    @Test func aSupervisorClosesTechnicalAlarmsInBulkAndOthersAreRefused() async throws {
        let (harness, fire) = try await harnessWithAlarm()
        let opening = AlarmOpening(category: .technical, priority: 20, title: "AC Trouble")
        var technical = Alarm(id: opening.id, siteID: nil, opening: opening, zone: nil, at: harness.clock.now)
        technical.follow(Procedure(scope: .station, category: .technical, title: "Défaut", steps: [ProcedureStep(kind: .notifyCustomer)]))
        _ = try await harness.store.ingest([SignalDraft(receivedAt: harness.clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "s")])
        try await harness.store.record([SignalProcessing(signalID: 2, alarms: [technical], eventAlarms: [technical.id], logbook: [])])
        let technicalID = technical.id
        try await harness.run { client in
            let body = #"{"ids":["\#(technicalID)","\#(fire)"],"closureCode":"FA-USR","comment":"coupure EDF"}"#
            let karim = try await Browser.signIn(client, username: "operator1")
            #expect(try await karim.send(client, .post, "/api/v1/alarms/close", json: body).status == .forbidden)
            let claire = try await Browser.signIn(client, username: "supervisor1")
            let report = try await claire.send(client, .post, "/api/v1/alarms/close", json: body)
            #expect(report.status == .ok)
            #expect(report.json["closed"] as? [String] == [technicalID.uuidString])
            let refused = try #require((report.json["refused"] as? [[String: Any]])?.first)
            #expect(refused["id"] as? String == fire.uuidString && (refused["reason"] as? String)?.contains("one at a time") == true)
            let stored = try #require(try await harness.store.alarm(id: technicalID))
            #expect(stored.lifecycle.state == .closed && stored.steps.first?.skippedReason == "coupure EDF")
            let empty = try await claire.send(client, .post, "/api/v1/alarms/close", json: #"{"ids":[],"closureCode":"FA-USR","comment":"x"}"#)
            #expect((empty.json["fields"] as? [[String: String]])?.first?["field"] == "ids")
        }
    }

    @Test func operatorsTakeExclusivelyAndCloseWithACode() async throws {
        let (harness, id) = try await harnessWithAlarm()
        try await harness.run { client in
            let karim = try await Browser.signIn(client, username: "operator1")
            let queue = try await karim.send(client, .get, "/api/v1/alarms")
            #expect(queue.json["total"] as? Int == 1)
            let taken = try await karim.send(client, .post, "/api/v1/alarms/\(id)/take")
            #expect(taken.status == .ok && (taken.json["lifecycle"] as? [String: Any])?["state"] as? String == "taken")
            // The supervisor account is a second person at another desk.
            let claire = try await Browser.signIn(client, username: "supervisor1")
            let refused = try await claire.send(client, .post, "/api/v1/alarms/\(id)/take")
            #expect(refused.status == .conflict)
            #expect((refused.json["message"] as? String)?.contains("operator1") == true)

            let unknownCode = try await karim.send(client, .post, "/api/v1/alarms/\(id)/close", json: #"{"closureCode":"NOPE"}"#)
            #expect((unknownCode.json["fields"] as? [[String: String]])?.first?["field"] == "closureCode")
            let noComment = try await karim.send(client, .post, "/api/v1/alarms/\(id)/close", json: #"{"closureCode":"fa-usr"}"#)
            #expect(noComment.status == .conflict)
            let closed = try await karim.send(client, .post, "/api/v1/alarms/\(id)/close", json: #"{"closureCode":"FA-USR","comment":"oubli"}"#)
            #expect((closed.json["lifecycle"] as? [String: Any])?["closureCode"] as? String == "FA-USR")
            #expect(try await karim.send(client, .get, "/api/v1/alarms").json["total"] as? Int == 0)
            #expect(try await karim.send(client, .get, "/api/v1/alarms?scope=closed").json["total"] as? Int == 1)
            #expect(try await karim.send(client, .get, "/api/v1/alarms?scope=sideways").status == .badRequest)
        }
        #expect(try await harness.store.logbook(query: LogbookQuery(alarmID: id)).items.map(\.kind) == ["alarm.closed", "alarm.taken"])
    }

    @Test func theContextShowsTheSiteItsInstructionsAndNoCodeWord() async throws {
        let harness = try await WebHarness()
        let customer = try await harness.store.create(Samples.customer(), by: .system).entity
        let site = try await harness.store.create(Samples.site(customerID: customer.id), by: .system).entity
        _ = try await harness.store.create(Samples.contact(siteID: site.id), by: .system)
        _ = try await harness.store.create(Zone(siteID: site.id, number: 3, type: .interior, description: "réserve"), by: .system)
        _ = try await harness.store.create(
            TemporaryInstruction(
                siteID: site.id, text: "Inventaire ce soir", validFrom: harness.clock.now.addingTimeInterval(-60),
                validUntil: harness.clock.now.addingTimeInterval(3600)),
            by: .system)
        _ = try await harness.store.ingest([SignalDraft(receivedAt: harness.clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "r")])
        let opening = AlarmOpening(category: .burglary, priority: 60, title: "Burglary — zone 3 réserve")
        let alarm = Alarm(id: opening.id, siteID: site.id, opening: opening, zone: 3, at: harness.clock.now)
        try await harness.store.record([SignalProcessing(signalID: 1, alarms: [alarm], eventAlarms: [alarm.id], logbook: [])])
        try await harness.run { client in
            let karim = try await Browser.signIn(client, username: "operator1")
            let context = try await karim.send(client, .get, "/api/v1/alarms/\(alarm.id)/context")
            #expect((context.json["site"] as? [String: Any])?["name"] as? String == site.name)
            #expect((context.json["activeInstructions"] as? [[String: Any]])?.first?["text"] as? String == "Inventaire ce soir")
            let contact = try #require((context.json["contacts"] as? [[String: Any]])?.first)
            #expect(contact["codeWord"] == nil && contact["name"] as? String == "Mme Roux")
            #expect((context.json["zones"] as? [[String: Any]])?.first?["description"] as? String == "réserve")
        }
    }

    @Test func transferNeedsAnActiveUserAndReleaseReturnsToTheQueue() async throws {
        let (harness, id) = try await harnessWithAlarm()
        try await harness.putOnShift(.supervisor)
        let supervisorID = try #require(harness.users[.supervisor]?.id)
        try await harness.run { client in
            let karim = try await Browser.signIn(client, username: "operator1")
            _ = try await karim.send(client, .post, "/api/v1/alarms/\(id)/take")
            let nobody = try await karim.send(client, .post, "/api/v1/alarms/\(id)/transfer", json: #"{"userID":"\#(UUID())"}"#)
            #expect((nobody.json["fields"] as? [[String: String]])?.first?["field"] == "userID")
            let moved = try await karim.send(client, .post, "/api/v1/alarms/\(id)/transfer", json: #"{"userID":"\#(supervisorID)"}"#)
            #expect(((moved.json["lifecycle"] as? [String: Any])?["holder"] as? [String: Any])?["name"] as? String == "supervisor1")
            let claire = try await Browser.signIn(client, username: "supervisor1")
            let released = try await claire.send(client, .post, "/api/v1/alarms/\(id)/release")
            #expect((released.json["lifecycle"] as? [String: Any])?["state"] as? String == "new")
        }
    }

    /// Issue 13: a transfer to someone off shift was accepted, and a hand-over left the alarm with the operator
    /// who left, until the dead-man check released it.
    @Test func aTransferGoesToSomeoneOnShiftAndAHandOverLeavesNoAlarmHeld() async throws {
        let (harness, id) = try await harnessWithAlarm()
        try await harness.putOnShift(.operator)
        let adminID = try #require(harness.users[.admin]?.id)
        try await harness.run { client in
            let karim = try await Browser.signIn(client, username: "operator1")
            _ = try await karim.send(client, .post, "/api/v1/alarms/\(id)/take")
            let offShift = try await karim.send(client, .post, "/api/v1/alarms/\(id)/transfer", json: #"{"userID":"\#(adminID)"}"#)
            #expect(offShift.status == .unprocessableContent)
            #expect((offShift.json["fields"] as? [[String: String]])?.first?["reason"] == "is not an operator on shift")
            let refused = try await karim.send(client, .post, "/api/v1/shifts/handover", json: #"{"notes":"fin"}"#)
            #expect(refused.status == .conflict)
            #expect((refused.json["message"] as? String)?.contains("Fire Alarm — zone 1 atelier") == true)
            // The console writes the refusal in French, naming the alarm by its French title.
            #expect(refused.json["key"] as? String == "alarmsHeld")
            #expect(refused.json["parameters"] as? [String: String] == ["count": "1", "titles": "Alarme incendie — zone 1 atelier"])
            _ = try await karim.send(client, .post, "/api/v1/alarms/\(id)/release")
            #expect(try await karim.send(client, .post, "/api/v1/shifts/handover", json: #"{"notes":"fin"}"#).status == .created)
        }
    }
}
