import Foundation
import NIOCore
import VigieProtocols
import VigieTestSupport

/// Helpers shared by the codec tests.
enum TestSupport {
    /// `Tests/Fixtures/research`: the protocol facts the repository carries for its tests (see its README).
    static let researchDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/research")

    /// Reads a research fixture.
    static func researchData(_ name: String) throws -> Data {
        try Data(contentsOf: researchDirectory.appendingPathComponent(name))
    }

    /// The bytes of a frame written with Swift escapes (`"\n…\r"`), as Latin-1.
    static func bytes(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    /// Options that accept any timestamp and use `key` for every account.
    static func options(key: DC09Key? = nil, now: Int64 = 0) -> DC09DecodingOptions {
        DC09DecodingOptions(
            accountProfile: { _ in key.map { DC09AccountProfile(key: $0) } },
            maximumAge: .max / 4, maximumAdvance: .max / 4, now: { now }
        )
    }

    /// Decodes a frame given as text.
    static func decode(_ text: String, options: DC09DecodingOptions = options()) throws(DC09Error) -> DC09Frame {
        try DC09Frame(parsing: bytes(text), options: options)
    }

    /// The text of an encoded frame (Latin-1).
    static func text(_ buffer: ByteBuffer) -> String {
        String(String.UnicodeScalarView(buffer.readableBytesView.map { Unicode.Scalar($0) }))
    }

    /// A fixed instant: 2026-01-02T12:34:56Z (the computed vectors' timestamp).
    static let vectorTime = DC09Timestamp(year: 2026, month: 1, day: 2, hour: 12, minute: 34, second: 56)!
}

/// The shared SplitMix64, under the name these tests use.
typealias SeededGenerator = SplitMix64

extension TestSupport {
    /// A frame around `body` with a correct CRC and length, as text (`\n…\r`).
    static func frame(body: String) -> String {
        let bytes = bytes(body)
        let crc = CRC16.arc(bytes)
        return "\n" + hex4(Int(crc)) + hex4(bytes.count) + body + "\r"
    }

    static func hex4(_ value: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
