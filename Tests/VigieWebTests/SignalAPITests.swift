import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// The signal history and receiver status as operators see them.
@Suite struct SignalAPITests {
    @Test func listsSignalsBySiteAccountAndErrorsWithBadFiltersNamed() async throws {
        let harness = try await WebHarness()
        let siteID = UUID()
        let now = harness.clock.now
        _ = try await harness.store.ingest([
            SignalDraft(
                receivedAt: now, receiver: "dc09", transport: .tcp, peer: "10.0.0.1:4000", raw: "frame-1", token: "SIA-DCS", account: "4F21",
                siteID: siteID, dedupeKey: "a"),
            SignalDraft(
                receivedAt: now, receiver: "dc09", transport: .udp, peer: "10.0.0.2:4000", raw: "frame-2", account: "9A00", error: "badCRC",
                reply: "NAK"),
        ])
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "operator1")
            let bySite = try await browser.send(client, .get, "/api/v1/signals?siteID=\(siteID)")
            let items = try #require(bySite.json["items"] as? [[String: Any]])
            #expect(items.count == 1 && items.first?["account"] as? String == "4F21")
            let id = try #require(items.first?["id"] as? Int)
            #expect(try await browser.send(client, .get, "/api/v1/signals/\(id)").json["raw"] as? String == "frame-1")
            #expect(try await browser.send(client, .get, "/api/v1/signals/999999").status == .notFound)
            let errors = try await browser.send(client, .get, "/api/v1/signals?errors=true")
            #expect((errors.json["items"] as? [[String: Any]])?.first?["error"] as? String == "badCRC")
            #expect(try await browser.send(client, .get, "/api/v1/signals?account=9A00").json["total"] as? Int == 1)
            let bad = try await browser.send(client, .get, "/api/v1/signals?from=yesterday")
            #expect(bad.status == .badRequest)
            #expect((bad.json["fields"] as? [[String: String]])?.first?["field"] == "from")
        }
    }

    @Test func showsReceiverStatus() async throws {
        let status = ReceiverStatus(
            name: "dc09", kind: "dc09", listening: "0.0.0.0:7777 tcp+udp", up: true, connections: 3, frames: 42, lastFrameAt: nil)
        let harness = try await WebHarness(hooks: StationHooks(receivers: { [status] }))
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let receivers = try await admin.send(client, .get, "/api/v1/receivers")
            let list = try #require(try JSONSerialization.jsonObject(with: Data(receivers.body.readableBytesView)) as? [[String: Any]])
            #expect(list.first?["connections"] as? Int == 3 && list.first?["up"] as? Bool == true)
        }
    }
}
