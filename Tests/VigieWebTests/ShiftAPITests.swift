import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// Story 7: Nadia takes over from Karim, and her hand-over report is generated from the logbook.
@Suite struct ShiftAPITests {
    @Test func takeOverNeedsTheWholeChecklistAndHandOverReportsTheShift() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let nadia = try await Browser.signIn(client, username: "operator1")
            let checklist = try await nadia.send(client, .get, "/api/v1/shifts/takeover")
            let items = try #require(checklist.json["items"] as? [String])
            #expect(items.contains("receivers") && checklist.json["openAlarms"] as? Int == 0)
            #expect(try await nadia.send(client, .post, "/api/v1/shifts/handover", json: #"{"notes":"RAS"}"#).status == .conflict)
            let partial = try await nadia.send(client, .post, "/api/v1/shifts/takeover", json: #"{"confirmed":["receivers"]}"#)
            #expect((partial.json["fields"] as? [[String: String]])?.first?["field"] == "confirmed")
            let confirmed = items.map { "\"\($0)\"" }.joined(separator: ",")
            let takenOver = try await nadia.send(
                client, .post, "/api/v1/shifts/takeover", json: #"{"confirmed":[\#(confirmed)],"note":"casque changé"}"#)
            #expect(takenOver.status == .created)
            // The note is a fact of the entry's details, so that the console renders the entry without the English summary.
            #expect((takenOver.json["details"] as? String)?.contains(#""note":"casque changé""#) == true)
            #expect(try await nadia.send(client, .get, "/api/v1/shifts/takeover").json["onShift"] as? [String] == ["operator1"])

            harness.clock.advance(by: 1200)
            _ = try await nadia.send(client, .post, "/api/v1/logbook", json: #"{"kind":"manual.call","text":"M. Garnier: travaux lundi"}"#)
            harness.clock.advance(by: 1200)
            let report = try await nadia.send(client, .post, "/api/v1/shifts/handover", json: #"{"notes":"Logisud: agent sur place"}"#)
            #expect(report.status == .created)
            #expect(report.json["handOverNotes"] as? String == "Logisud: agent sur place")
            let written = try #require(report.json["written"] as? [[String: Any]])
            #expect(written.map { $0["text"] as? String } == ["M. Garnier: travaux lundi"] && written.first?["kind"] as? String == "manual.call")
            for section in ["handled", "stillOpen", "dispatches", "instructions", "stationFaults"] {
                #expect((report.json[section] as? [Any])?.isEmpty == true, "\(section)")
            }
            #expect(try await nadia.send(client, .get, "/api/v1/shifts/takeover").json["onShift"] as? [String] == [])
            let last = try #require(try await nadia.send(client, .get, "/api/v1/shifts/takeover").json["lastHandOver"] as? [String: Any])
            #expect((last["summary"] as? String)?.contains("agent sur place") == true)
            // The report can be read again after the hand-over: it is the entry's details.
            let kept = try VigieJSON.decoder().decode(ShiftReport.self, from: Data(try #require(last["details"] as? String).utf8))
            #expect(kept.handOverNotes == "Logisud: agent sur place" && kept.written.count == 1)
        }
    }
}
