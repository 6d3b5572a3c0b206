import Foundation
import Logging
import Testing
import VigieCore
import VigieDevices
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// On alarm, the cameras that look at its zones are asked for a snapshot: what comes is attached with its hash, what
/// fails is written on the alarm, and cameras of other zones are left alone.
@Suite struct SnapshotServiceTests {
    @Test func attachesTheSnapshotsOfTheCamerasCoveringTheAlarmsZones() async throws {
        try await FakeCamera.run { host in
            let folder = try makeTemporaryDirectory("vigie-snapshots")
            let store = try SQLiteStore(path: folder.appendingPathComponent("vigie.sqlite").path)
            let library = MediaLibrary(directory: folder.appendingPathComponent("media").path)
            let customer = try await store.create(Samples.customer(), by: .system).entity
            let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
            let camera = { (name: String, path: String, zones: [Int]) in
                Device(
                    siteID: site.id, name: name, driver: .httpSnapshot, host: host, username: DemoCameraRoutes.username,
                    password: DemoCameraRoutes.password, zones: zones, snapshotURL: path)
            }
            _ = try await store.create(camera("Caméra quai 2", DemoCameraRoutes.snapshotPath(camera: 2), [2, 3]), by: .system)
            _ = try await store.create(camera("Caméra parking", FakeCamera.html, [2]), by: .system)
            _ = try await store.create(camera("Caméra bureaux", DemoCameraRoutes.snapshotPath(camera: 1), [5]), by: .system)

            let service = CameraMediaService(store: store, library: library, source: SnapshotSource())
            let alarmID = try await withRunningServices([service], logger: Logger(label: "test")) {
                // Give the service a moment to start following the logbook.
                try await Task.sleep(for: .milliseconds(200))
                let alarm = try await Self.openAlarm(at: site.id, zone: 2, in: store)
                for _ in 0..<100 where try await store.logbook(query: LogbookQuery(alarmID: alarm, kinds: [.mediaAttached])).total == 0 {
                    try await Task.sleep(for: .milliseconds(100))
                }
                return alarm
            }
            let media = try await store.media(alarmID: alarmID)
            #expect(media.map(\.deviceName) == ["Caméra quai 2"])
            #expect(media.first?.origin == .snapshot)
            let sha256 = try #require(media.first?.sha256)
            #expect(try library.read(sha256: sha256).starts(with: [0xFF, 0xD8]))
            let failures = try await store.logbook(query: LogbookQuery(alarmID: alarmID, kinds: [.mediaFailed])).items
            #expect(failures.count == 1)
            #expect(failures.first?.summary.contains("Caméra parking") == true && failures.first?.summary.contains("notAJPEG") == true)
            #expect(try await store.verifyLogbook().firstBreak == nil)
        }
    }

    /// An alarm at `siteID` in `zone`, recorded as the engine does.
    static func openAlarm(at siteID: UUID, zone: Int, in store: any Store) async throws -> UUID {
        let draft = SignalDraft(
            receivedAt: Date(), receiver: "dc09", transport: .tcp, peer: "p", raw: "r",
            events: [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: zone, description: "Burglary")], siteID: siteID)
        guard case .stored(let signalID) = try await store.ingest([draft]).first else { throw StoreError.notFound(kind: "signal", id: "") }
        let alarm = Alarm(
            id: UUID(), siteID: siteID, opening: AlarmOpening(category: .burglary, priority: 80, title: "Intrusion"), zone: zone, at: Date())
        let opened = LogbookDraft(kind: .alarmOpened, author: .system, siteID: siteID, alarmID: alarm.id, summary: "opened")
        try await store.record([SignalProcessing(signalID: signalID, alarms: [alarm], eventAlarms: [alarm.id], logbook: [opened])])
        return alarm.id
    }
}
