import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// Media in the `Store` contract: indexed with the signal that brought them, found through its alarm, added for an
/// alarm with their logbook entry, and purged with the trace kept.
@Suite struct MediaContractTests {
    private static let jpeg = MediumAttachment(
        kind: .image, contentType: "image/jpeg", fileName: "quai2.jpg", sha256: String(repeating: "ab", count: 32), size: 2048,
        deviceName: "Caméra quai 2")

    /// A camera e-mail with one image, stored and made an alarm as the engine does.
    private func cameraAlarm(
        in store: any Store, at date: Date, attachment: MediumAttachment = jpeg
    ) async throws -> (
        signalID: Int64, alarm: Alarm
    ) {
        let draft = SignalDraft(
            receivedAt: date, receiver: "smtp", transport: .smtp, peer: "127.0.0.1:40000", raw: "Subject: motion", account: "quai2",
            events: [SignalEvent(code: "MotionDetected", qualifier: .alarm, category: .burglary, zone: 2, description: "Video motion detected")],
            siteID: UUID(), dedupeKey: UUID().uuidString, deviceID: UUID(), attachments: [attachment])
        guard case .stored(let signalID) = try await store.ingest([draft]).first else { throw StoreError.notFound(kind: "signal", id: "") }
        let alarm = Alarm(
            id: UUID(), siteID: draft.siteID, opening: AlarmOpening(category: .burglary, priority: 80, title: "Vidéo"), zone: 2, at: date)
        try await store.record([SignalProcessing(signalID: signalID, alarms: [alarm], eventAlarms: [alarm.id], logbook: [])])
        return (signalID, alarm)
    }

    @Test(arguments: StoreFactory.all)
    func attachmentsAreIndexedWithTheirSignalAndFoundThroughItsAlarm(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let (signalID, alarm) = try await cameraAlarm(in: store, at: clock.now)

        let stored = try await store.signal(id: signalID)
        #expect(stored?.signal.attachments == [Self.jpeg])
        #expect(stored?.signal.deviceID != nil)
        let media = try await store.media(alarmID: alarm.id)
        #expect(media.map(\.id) == [Self.jpeg.id])
        #expect(media.first?.sha256 == Self.jpeg.sha256)
        #expect(media.first?.signalID == signalID)
        #expect(media.first?.deviceName == "Caméra quai 2")
        #expect(media.first?.origin == .email)
        #expect(media.first?.alarmID == alarm.id)
        #expect(try await store.medium(id: Self.jpeg.id) == media.first)
        #expect(try await store.medium(id: UUID()) == nil)
        #expect(try await store.media(alarmID: UUID()).isEmpty)
        // The engine's placing of the signal, as the verification service reads it.
        #expect(try await store.alarmIDs(ofSignals: [signalID, signalID + 1000]) == [signalID: alarm.id])
        #expect(try await store.alarmIDs(ofSignals: []) == [:])
    }

    @Test(arguments: StoreFactory.all)
    func aRetransmittedEmailIndexesItsMediaOnce(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        var draft = SignalDraft(
            receivedAt: clock.now, receiver: "smtp", transport: .smtp, peer: "127.0.0.1:1", raw: "mail", dedupeKey: "message-1",
            attachments: [Self.jpeg])
        let first = try await store.ingest([draft])
        draft.attachments = [MediumAttachment(kind: .image, contentType: "image/jpeg", sha256: Self.jpeg.sha256, size: 2048)]
        let again = try await store.ingest([draft])
        guard case .stored(let id) = first.first else {
            Issue.record("not stored")
            return
        }
        #expect(again == [.duplicate(of: id)])
        #expect(try await store.retainedMedia(receivedBefore: clock.now.addingTimeInterval(1), limit: 10).map(\.id) == [Self.jpeg.id])
    }

    @Test(arguments: StoreFactory.all)
    func fetchedMediaAreAddedWithTheEntryThatAttachesThem(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let (_, alarm) = try await cameraAlarm(in: store, at: clock.now)
        let snapshot = Medium(
            kind: .image, origin: .snapshot, contentType: "image/jpeg", sha256: String(repeating: "cd", count: 32), size: 999,
            alarmID: alarm.id, deviceName: "Caméra parking", receivedAt: clock.now.addingTimeInterval(2))
        try await store.addMedia([snapshot], logbook: MediaLog.attached([snapshot], alarmID: alarm.id, siteID: nil, signalID: nil))

        #expect(try await store.media(alarmID: alarm.id).map(\.id) == [Self.jpeg.id, snapshot.id])
        let entries = try await store.logbook(query: LogbookQuery(alarmID: alarm.id)).items
        #expect(entries.contains { $0.kind == .mediaAttached && $0.details.contains(snapshot.sha256) })
        #expect(try await store.verifyLogbook().firstBreak == nil)
    }

    @Test(arguments: StoreFactory.all)
    func purgedMediaKeepTheirRecordAndLeaveTheCandidates(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let (_, old) = try await cameraAlarm(in: store, at: clock.now)
        let shared = MediumAttachment(kind: .image, contentType: "image/jpeg", sha256: Self.jpeg.sha256, size: 2048)
        let (_, recent) = try await cameraAlarm(in: store, at: clock.now.addingTimeInterval(3600), attachment: shared)

        let cutoff = clock.now.addingTimeInterval(60)
        let expired = try await store.retainedMedia(receivedBefore: cutoff, limit: 10)
        #expect(expired.map(\.id) == [Self.jpeg.id])
        let purgedAt = clock.now.addingTimeInterval(86_400 * 31)
        try await store.markMediaPurged(expired.map(\.id), at: purgedAt, logbook: MediaLog.purged(expired, retentionDays: 30))

        #expect(try await store.retainedMedia(receivedBefore: cutoff, limit: 10).isEmpty)
        #expect(try await store.medium(id: Self.jpeg.id)?.purgedAt == purgedAt.roundedToMilliseconds)
        #expect(try await store.media(alarmID: old.id).map(\.purgedAt) == [purgedAt.roundedToMilliseconds])
        // The same image is still evidence of the later alarm: its file stays.
        #expect(try await store.isMediaFileRetained(sha256: Self.jpeg.sha256))
        #expect(try await store.media(alarmID: recent.id).map(\.purgedAt) == [nil])
        #expect(try await !store.isMediaFileRetained(sha256: String(repeating: "00", count: 32)))
        #expect(try await store.logbook(query: LogbookQuery(kinds: [.mediaPurged])).total == 1)
        await #expect(throws: StoreError.self) {
            try await store.markMediaPurged([UUID()], at: purgedAt, logbook: MediaLog.purged([], retentionDays: 30))
        }
    }
}
