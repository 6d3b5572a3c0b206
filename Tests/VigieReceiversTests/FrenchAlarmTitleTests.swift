import Foundation
import Testing
import VigieCore
import VigieProtocols
import VigieStoreSQLite
import VigieTestSupport

/// A panel code received over DC-09 keeps its French meaning, so the French console titles the alarm in French
/// while the English one reads what it always read.
@Suite struct FrenchAlarmTitleTests {
    @Test func panelCodesReachTheAlarmTitleInBothLanguages() async throws {
        try await ReceiverHarness.run { harness in
            let frames = [
                try harness.frame(sequence: "0001"),
                try harness.frame(sequence: "0002", data: "#4F21|1102 01 003", token: .admCID),
                try harness.frame(sequence: "0003", data: "#4F21|3102 01 003", token: .admCID),
            ]
            let replies = try await PanelConnection.open(port: harness.port).exchange(frames)
            #expect(replies.map(\.token) == [.ack, .ack, .ack])
            let stored = try await harness.store.signals(query: SignalQuery(account: "4F21")).items.map(\.signal)
            func event(_ sequence: String) throws -> SignalEvent {
                try #require(stored.first { $0.sequence == sequence }?.events.first, "no event in frame \(sequence)")
            }

            let processor = AlarmProcessor()
            let site = Samples.site(customerID: UUID())
            var described = ProcessingContext(site: site, zones: [3: Zone(siteID: site.id, number: 3, type: .interior, description: "réserve")])
            guard case .open(let burglary) = processor.decide(try event("0001"), at: harness.clock.now, context: &described) else {
                Issue.record("the burglary opened no alarm")
                return
            }
            #expect(burglary.title == "Burglary Alarm — zone 3 réserve")
            #expect(burglary.titles == Wording(en: "Burglary Alarm — zone 3 réserve", fr: "Alarme intrusion — zone 3 réserve"))

            var bare = ProcessingContext(site: site)
            guard case .open(let loneWorker) = processor.decide(try event("0002"), at: harness.clock.now, context: &bare) else {
                Issue.record("the missed check-in opened no alarm")
                return
            }
            #expect(loneWorker.titles == Wording(en: "Fail To Report In — zone 3", fr: "Défaut de signalement (PTI) — zone 3"))
            #expect(try event("0003").wording == Wording(en: "Fail To Report In Restore", fr: "Signalement reçu (PTI)"))
        }
    }
}
