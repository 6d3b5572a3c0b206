import Foundation
import HummingbirdTesting
import Testing
import VigieWeb

/// A client that trickles a request head, or opens a connection and says nothing, does not hold it for ever;
/// nor can many connections together take more than their share of descriptors.
@Suite struct HTTPDeadlineTests {
    @Test func aConnectionThatNeverCompletesItsRequestHeadIsClosed() async throws {
        let harness = try await WebHarness { $0.requestHeadTimeout = .seconds(1) }
        try await harness.runLive { client in
            let port = try #require(client.port)
            let slowloris = try await RawHTTPConnection.open(port: port)
            try await slowloris.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Padding: ")
            #expect(await slowloris.closed(within: .seconds(20)))
            // A client that completes its head in time is served as usual on the same server.
            let polite = try await RawHTTPConnection.open(port: port)
            try await polite.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(await polite.wait(within: .seconds(20)) { $0.hasPrefix("HTTP/1.1 ") })
            await polite.close()
        }
    }

    @Test func anIdleConnectionIsClosed() async throws {
        let harness = try await WebHarness { $0.idleTimeout = .seconds(1) }
        try await harness.runLive { client in
            let idle = try await RawHTTPConnection.open(port: try #require(client.port))
            try await idle.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(await idle.wait(within: .seconds(20)) { $0.hasPrefix("HTTP/1.1 ") })
            #expect(await idle.closed(within: .seconds(20)))
        }
    }

    @Test func connectionsBeyondTheCapAreClosed() async throws {
        let harness = try await WebHarness { $0.maximumConnections = 2 }
        try await harness.runLive { client in
            let port = try #require(client.port)
            var connections: [RawHTTPConnection] = []
            for _ in 0..<3 { connections.append(try await RawHTTPConnection.open(port: port)) }
            var closed = 0
            for connection in connections where await connection.closed(within: .seconds(3)) { closed += 1 }
            #expect(closed >= 1)
            for connection in connections { await connection.close() }
        }
    }
}
