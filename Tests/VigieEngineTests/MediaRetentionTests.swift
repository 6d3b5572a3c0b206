import Foundation
import Testing
import VigieCore
import VigieEngine
import VigieStoreSQLite
import VigieTestSupport

/// The retention purge: files past `retentionDays` are removed with a logbook entry that lists them, files still
/// evidence of a later alarm stay, and every record and entry survives.
@Suite struct MediaRetentionTests {
    @Test func removesExpiredFilesAndKeepsTheTrace() async throws {
        let clock = TestClock()
        let folder = try makeTemporaryDirectory("vigie-media")
        let store = try SQLiteStore(path: folder.appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let library = MediaLibrary(directory: folder.appendingPathComponent("media").path)
        let old = try library.store(Data("old image".utf8))
        let shared = try library.store(Data("image sent twice".utf8))
        let attach = { (file: (sha256: String, size: Int)) in
            MediumAttachment(kind: .image, contentType: "image/jpeg", sha256: file.sha256, size: file.size, deviceName: "Caméra quai 2")
        }
        let first = SignalDraft(
            receivedAt: clock.now, receiver: "smtp", transport: .smtp, peer: "p", raw: "r", dedupeKey: "a",
            attachments: [attach(old), attach(shared)])
        _ = try await store.ingest([first])
        clock.advance(by: 20 * 86_400)
        let later = SignalDraft(
            receivedAt: clock.now, receiver: "smtp", transport: .smtp, peer: "p", raw: "r", dedupeKey: "b", attachments: [attach(shared)])
        _ = try await store.ingest([later])

        let retention = MediaRetention(store: store, library: library, retentionDays: 30, now: clock.function)
        #expect(try await retention.purge() == 0)
        clock.advance(by: 11 * 86_400)
        #expect(try await retention.purge() == 2)
        #expect(!library.contains(sha256: old.sha256))
        // Still evidence of the later e-mail, which has ten days of retention left.
        #expect(library.contains(sha256: shared.sha256))
        #expect(try await retention.purge() == 0)

        let purges = try await store.logbook(query: LogbookQuery(kinds: [.mediaPurged])).items
        #expect(purges.count == 1)
        #expect(purges.first?.details.contains(old.sha256) == true)
        #expect(try await store.retainedMedia(receivedBefore: clock.now, limit: 10).count == 1)
        #expect(try await store.verifyLogbook().firstBreak == nil)

        clock.advance(by: 20 * 86_400)
        #expect(try await retention.purge() == 1)
        #expect(!library.contains(sha256: shared.sha256))
    }

    @Test func theLibraryNamesFilesByTheirHashAndReadsOnlyHashes() throws {
        let library = MediaLibrary(directory: try makeTemporaryDirectory("vigie-library").path)
        let stored = try library.store(Data("jpeg".utf8))
        #expect(stored.sha256 == "41e5787e9f28562d07b891b1816b492309d646c0f2829743fa4963a9f9cc1d61")
        #expect(try library.read(sha256: stored.sha256) == Data("jpeg".utf8))
        #expect(try library.store(Data("jpeg".utf8)).sha256 == stored.sha256)
        #expect(throws: MediaLibraryError.notAHash("../../etc/passwd")) { try library.read(sha256: "../../etc/passwd") }
        #expect(throws: MediaLibraryError.self) { try library.read(sha256: String(repeating: "0", count: 64)) }
    }
}
