import Foundation
import HummingbirdTesting
import Testing
import VigieCore
import VigieStoreSQLite
import VigieWeb

/// Consoles share one encoding of each event; a console that stops reading is cut, told on its return, and
/// never slows the others.
@Suite struct LiveFanOutTests {
    private func request(_ browser: Browser, lastEventID: Int64? = nil) -> String {
        "GET /api/v1/stream HTTP/1.1\r\nHost: localhost\r\nCookie: \(browser.cookie ?? "")\r\n"
            + (lastEventID.map { "Last-Event-ID: \($0)\r\n" } ?? "") + "\r\n"
    }

    private func ids(_ text: String) -> [Int64] {
        // Raw HTTP: chunk sizes sit between the events, with CR LF, which Swift holds as one character.
        text.split(whereSeparator: \.isNewline).compactMap { $0.hasPrefix("id: ") ? Int64($0.dropFirst(4)) : nil }
    }

    @Test func aStalledReaderIsCutWhileAFastOneGetsEveryEvent() async throws {
        let harness = try await WebHarness { $0.liveBufferBatches = 8 }
        let store = harness.store
        try await harness.runLive { client in
            let port = try #require(client.port)
            let browser = try await Browser.signIn(client, username: "operator1")
            let before = try await store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0
            let stalled = try await RawHTTPConnection.open(port: port, reads: false)
            try await stalled.send(request(browser))
            let fast = try await RawHTTPConnection.open(port: port)
            try await fast.send(request(browser))
            // Both streams are live once each listens to the logbook.
            for _ in 0..<1000 where store.changes.subscriberCount < 2 { try await Task.sleep(for: .milliseconds(10)) }
            #expect(store.changes.subscriberCount == 2)

            // About 8 MB of entries: far more than the stalled socket and its buffer hold.
            let padding = String(repeating: "x", count: 4000)
            for index in 1...2000 {
                try await store.appendLogbook(LogbookDraft(kind: .note, author: .system, summary: "\(index) \(padding)"))
            }
            let last = try #require(try await store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence)
            #expect(await fast.wait(within: .seconds(60)) { ids($0).last == last })
            let seen = ids(fast.text)
            #expect(seen.count == Int(last - before) && seen == seen.sorted() && Set(seen) == Set((before + 1)...last))
            await fast.close()

            // The stalled console comes back (same session): it is told it was cut, and goes on from the latest entry.
            let back = try await RawHTTPConnection.open(port: port)
            try await back.send(request(browser, lastEventID: before))
            #expect(await back.wait(within: .seconds(20)) { $0.contains("event: stream.reset") })
            #expect(back.text.contains("id: \(last)\nevent: stream.reset\n"))
            await back.close()
            await stalled.close()
        }
    }
}
