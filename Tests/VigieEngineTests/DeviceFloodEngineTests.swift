import Foundation
import Logging
import Testing
import VigieCore
import VigieEngine
import VigieStoreSQLite
import VigieTestSupport

/// Issue 16, operator load: a camera that fires without end joins the alarm being handled and, once that alarm is
/// closed, opens no new one until it calms down; the station says once that it is flooding, naming the camera; a
/// muted camera is only logged, and its mute is a temporary instruction like any other.
@Suite struct DeviceFloodEngineTests {
    let clock = TestClock()

    @Test func aFloodingCameraJoinsTheOpenAlarmThenOpensNoNewOneUntilItCalmsDown() async throws {
        let store = try SQLiteStore(path: try makeTemporaryDirectory("vigie-flood").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        let camera = try await store.create(
            Device(siteID: site.id, name: "Caméra parking", driver: .httpSnapshot, host: "192.0.2.10", zones: [1], snapshotURL: "/snapshot.jpg"),
            by: .system
        ).entity
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        var policy = AlarmPolicy()
        policy.deviceFloodLimit = 3
        policy.deviceFloodWindow = 600
        let engine = AlarmEngine(store: store, policy: policy, logger: logger)
        let supervisor = AlarmActor(userID: nil, name: "claire", role: .supervisor)
        try await withRunningServices([engine], logger: logger) {
            var sent = 0
            func motion(after seconds: TimeInterval) async throws {
                let draft = SignalDraft(
                    receivedAt: clock.now.addingTimeInterval(seconds), receiver: "smtp", transport: .smtp, peer: "127.0.0.1:1", raw: "mail",
                    events: [SignalEvent(code: "MOTION", qualifier: .alarm, category: .burglary, zone: 1, description: "Motion")],
                    siteID: site.id, deviceID: camera.id)
                _ = try await store.ingest([draft])
                sent += 1
                engine.signalsStored()
                while engine.processed < sent { try await Task.sleep(for: .milliseconds(5)) }
            }
            for second in 0..<5 { try await motion(after: Double(second)) }
            let alarm = try #require(try await store.alarms(query: AlarmQuery()).items.first)
            #expect(try await store.alarms(query: AlarmQuery()).total == 1 && alarm.eventCount == 5)
            let flooding = try await store.logbook(query: LogbookQuery(kinds: [.deviceFlooding])).items
            #expect(flooding.count == 1 && flooding.first?.alarmID == alarm.id && flooding.first?.summary.hasPrefix("Caméra parking") == true)

            // Closed as a false alarm while the camera still fires: the next motion opens nothing.
            _ = try await store.apply(
                .close(code: "FA-USR", comment: nil, commentRequired: false, pendingRequiredSteps: 0), to: alarm.id, by: supervisor,
                at: clock.now.addingTimeInterval(6), note: nil)
            try await motion(after: 7)
            #expect(try await store.alarms(query: AlarmQuery(scope: .open)).total == 0)
            let logged = try await store.logbook(query: LogbookQuery(kinds: [.signalLogged])).items
            #expect(logged.first?.details.contains("deviceFlooding") == true)

            // Calm again (one event within the window): the camera's next motion is an alarm.
            try await motion(after: 2000)
            #expect(try await store.alarms(query: AlarmQuery(scope: .open)).total == 1)

            // Muted by the operator: logged, with the mute as its reason, and the alarm does not grow.
            let open = try #require(try await store.alarms(query: AlarmQuery(scope: .open)).items.first)
            _ = try await store.create(
                TemporaryInstruction(
                    siteID: site.id, text: "Caméra parking en sourdine : arbre", validFrom: clock.now, validUntil: clock.now.addingTimeInterval(7200),
                    suppressedDevices: [camera.id]), by: .system)
            engine.configurationChanged()
            try await motion(after: 2001)
            #expect(try await store.alarm(id: open.id)?.eventCount == 1)
            let muted = try await store.logbook(query: LogbookQuery(kinds: [.signalLogged])).items
            #expect(muted.first?.details.contains("deviceMuted") == true)
        }
    }
}
