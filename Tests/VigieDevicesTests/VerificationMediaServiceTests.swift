import Foundation
import Logging
import Testing
import VigieCore
import VigieDevices
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// A panel's DC-09 `[V]` address: fetched once the signal reached its alarm, with the credentials the address
/// carries, and attached; an address that gives nothing usable is written on the alarm.
@Suite struct VerificationMediaServiceTests {
    @Test func fetchesTheAddressOfASignalOnceItReachedItsAlarm() async throws {
        try await FakeCamera.run { host in
            let folder = try makeTemporaryDirectory("vigie-verification")
            let store = try SQLiteStore(path: folder.appendingPathComponent("vigie.sqlite").path)
            let service = VerificationMediaService(store: store, library: MediaLibrary(directory: folder.appendingPathComponent("media").path))
            let good = "http://\(DemoCameraRoutes.username):\(DemoCameraRoutes.password)@\(host)\(DemoCameraRoutes.snapshotPath(camera: 1))"
            let (fetched, failed) = try await withRunningServices([service], logger: Logger(label: "test")) {
                try await Task.sleep(for: .milliseconds(200))
                let fetched = try await Self.alarm(from: good, in: store, service: service)
                let failed = try await Self.alarm(from: "http://\(host)\(FakeCamera.html)", in: store, service: service)
                for _ in 0..<600 {
                    let attached = try await store.logbook(query: LogbookQuery(alarmID: fetched, kinds: [.mediaAttached])).total
                    let refused = try await store.logbook(query: LogbookQuery(alarmID: failed, kinds: [.mediaFailed])).total
                    if attached == 1, refused == 1 { break }
                    try await Task.sleep(for: .milliseconds(100))
                }
                return (fetched, failed)
            }
            let media = try await store.media(alarmID: fetched)
            #expect(media.map(\.origin) == [.verificationURL])
            #expect(media.first?.contentType == "image/jpeg")
            #expect(try await store.media(alarmID: failed).isEmpty)
            let failure = try await store.logbook(query: LogbookQuery(alarmID: failed, kinds: [.mediaFailed])).items.first
            #expect(failure?.details.contains("notAJPEG") == true)
            #expect(failure?.details.contains(DemoCameraRoutes.password) == false)
        }
    }

    /// A stored signal carrying `address`, and its alarm as the engine records it (an entry naming the signal).
    static func alarm(from address: String, in store: any Store, service: VerificationMediaService) async throws -> UUID {
        let draft = SignalDraft(
            receivedAt: Date(), receiver: "dc09", transport: .tcp, peer: "p", raw: "r",
            events: [SignalEvent(code: "BA", qualifier: .alarm, category: .burglary, zone: 1, description: "Burglary")], siteID: UUID(),
            verificationURL: address)
        guard case .stored(let signalID) = try await store.ingest([draft]).first else { throw StoreError.notFound(kind: "signal", id: "") }
        service.stored([StoredSignal(id: signalID, signal: draft)])
        let alarm = Alarm(
            id: UUID(), siteID: draft.siteID, opening: AlarmOpening(category: .burglary, priority: 80, title: "Intrusion"), zone: 1, at: Date())
        let opened = LogbookDraft(
            kind: .alarmOpened, author: .system, siteID: draft.siteID, alarmID: alarm.id, summary: "opened", details: "{\"signal\":\(signalID)}")
        try await store.record([SignalProcessing(signalID: signalID, alarms: [alarm], eventAlarms: [alarm.id], logbook: [opened])])
        return alarm.id
    }
}
