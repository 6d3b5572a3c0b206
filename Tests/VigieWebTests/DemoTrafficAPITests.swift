import Foundation
import HTTPTypes
import HummingbirdTesting
import Synchronization
import Testing
import VigieCore
import VigieStoreSQLite
import VigieWeb

/// Issue 26, 9: the demo's traffic is paused and resumed from the console; a real station has none to switch.
@Suite struct DemoTrafficAPITests {
    @Test func theConsolePausesAndResumesTheDemoTrafficAndTheLogbookSaysWho() async throws {
        let paused = Mutex(false)
        let traffic = DemoTrafficSwitch(isPaused: { paused.withLock { $0 } }, setPaused: { value in paused.withLock { $0 = value } })
        let harness = try await WebHarness(hooks: StationHooks(demoTraffic: traffic))
        try await harness.run { client in
            #expect(try await Browser.anonymous.send(client, .get, "/api/v1/demo/traffic").status == .unauthorized)
            let karim = try await Browser.signIn(client, username: "operator1")
            #expect(try await karim.send(client, .get, "/api/v1/demo/traffic").json["paused"] as? Bool == false)
            let pause = try await karim.send(client, .put, "/api/v1/demo/traffic", json: #"{"paused":true}"#)
            #expect(pause.status == .ok && pause.json["paused"] as? Bool == true)
            #expect(paused.withLock { $0 })
            // The same again changes nothing and writes nothing.
            _ = try await karim.send(client, .put, "/api/v1/demo/traffic", json: #"{"paused":true}"#)
            let wrong = try await karim.send(client, .put, "/api/v1/demo/traffic", json: #"{"paused":"yes"}"#)
            #expect(wrong.status.code >= 400 && wrong.status.code < 500)
            _ = try await karim.send(client, .put, "/api/v1/demo/traffic", json: #"{"paused":false}"#)
            #expect(!paused.withLock { $0 })
        }
        let entries = try await harness.store.logbook(query: LogbookQuery(kinds: [.demoTraffic])).items
        #expect(entries.map(\.summary) == ["demo traffic resumed by operator1", "demo traffic paused by operator1"])
    }

    @Test func aRealStationHasNoDemoTraffic() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let karim = try await Browser.signIn(client, username: "operator1")
            #expect(try await karim.send(client, .get, "/api/v1/demo/traffic").status == .notFound)
            #expect(try await karim.send(client, .put, "/api/v1/demo/traffic", json: #"{"paused":true}"#).status == .notFound)
        }
    }
}
