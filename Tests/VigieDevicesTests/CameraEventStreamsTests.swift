import Foundation
import Logging
import Synchronization
import Testing
import VigieCore
import VigieDevices
import VigieStoreSQLite
import VigieTestSupport

/// A camera's `alertStream` read as the station reads it: each alert a signal, the keep-alives none; a stream closed
/// past the grace reported lost, and restored when the camera is heard again.
@Suite struct CameraEventStreamsTests {
    @Test func alertsBecomeSignalsAndALostStreamIsReportedThenRestored() async throws {
        let alerts = FakeCamera.AlertStream()
        try await FakeCamera.run(alerts: alerts) { host in
            let folder = try makeTemporaryDirectory("vigie-streams")
            let store = try SQLiteStore(path: folder.appendingPathComponent("vigie.sqlite").path)
            let customer = try await store.create(Samples.customer(), by: .system).entity
            let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
            _ = try await store.create(
                Device(siteID: site.id, name: "Caméra portail", driver: .hikvisionISAPI, host: host, zones: [4], eventStream: true), by: .system)
            _ = try await store.create(Device(siteID: site.id, name: "Caméra sans flux", driver: .hikvisionISAPI, host: host), by: .system)
            let submitted = Mutex<[SignalDraft]>([])
            let streams = CameraEventStreams(
                store: store, submit: { draft in submitted.withLock { $0.append(draft) } }, silence: .seconds(1), grace: .milliseconds(500),
                retryDelay: { _ in .milliseconds(200) })
            func codes() -> [String] { submitted.withLock { $0.flatMap(\.events).map(\.code) } }
            func wait(for code: String, count: Int = 1) async throws {
                for _ in 0..<150 where codes().filter({ $0 == code }).count < count { try await Task.sleep(for: .milliseconds(100)) }
            }
            try await withRunningServices([streams], logger: Logger(label: "test")) {
                try await wait(for: "linedetection")
                alerts.isOpen = false
                try await wait(for: CameraEventStreams.lostCode)
                alerts.isOpen = true
                try await wait(for: CameraEventStreams.restoredCode)
                try await wait(for: "linedetection", count: 2)
            }
            #expect(Array(codes().prefix(4)) == ["linedetection", CameraEventStreams.lostCode, CameraEventStreams.restoredCode, "linedetection"])
            let first = try #require(submitted.withLock { $0.first })
            #expect(first.transport == .http && first.events.first?.zone == 4 && first.events.first?.category == .burglary)
            #expect(first.panelTime == Date(iso8601: "2026-12-04T20:13:05Z") && first.raw.contains("EventNotificationAlert"))
            let lost = try #require(submitted.withLock { $0.first { $0.events.first?.code == CameraEventStreams.lostCode } })
            #expect(lost.transport == .station && lost.token == AlarmGrouping.linkToken && lost.siteID == site.id)
            #expect(lost.events.first?.frenchDescription == "Flux d'événements de la caméra perdu : Caméra portail")
        }
    }
}
