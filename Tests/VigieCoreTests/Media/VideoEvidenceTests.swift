import Foundation
import Testing
import VigieCore

/// A video verification records the alarm's own media, with the station's hashes, never the client's word.
@Suite struct VideoEvidenceTests {
    private static func medium(_ byte: String, purged: Bool = false) -> Medium {
        Medium(
            kind: .image, origin: .email, contentType: "image/jpeg", sha256: String(repeating: byte, count: 32), size: 10, deviceName: "Caméra",
            receivedAt: Date(timeIntervalSince1970: 0), purgedAt: purged ? Date(timeIntervalSince1970: 1) : nil)
    }

    @Test func recordsTheNamedMediaOnceInTheOrderGiven() throws {
        let first = Self.medium("aa")
        let second = Self.medium("bb")
        let seen = try VideoEvidence.seen([second.id, first.id, second.id], among: [first, second])
        #expect(seen.map(\.sha256) == [second.sha256, first.sha256])
        #expect(seen.first?.camera == "Caméra")
    }

    @Test func refusesAMediumOfAnotherAlarmOrOnePurged() throws {
        let kept = Self.medium("aa")
        let purged = Self.medium("bb", purged: true)
        #expect(throws: ValidationError.self) { try VideoEvidence.seen([UUID()], among: [kept]) }
        #expect(throws: ValidationError.self) { try VideoEvidence.seen([purged.id], among: [kept, purged]) }
        #expect(try VideoEvidence.seen([], among: [kept]).isEmpty)
    }
}
