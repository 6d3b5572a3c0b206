import Testing
import VigieProtocols

/// An `alertStream` body split into its parts however the bytes arrive, a part's headers dropped.
@Suite struct MultipartStreamReaderTests {
    static let stream = Array(
        """
        --boundary\r
        Content-Type: application/xml; charset="UTF-8"\r
        Content-Length: 22\r
        \r
        <EventNotificationAlert/>\r
        --boundary\r
        Content-Type: application/xml\r
        \r
        <second/>\r
        --boundary\r

        """.utf8)

    @Test func partsComeWholeWhateverTheChunks() throws {
        for size in [1, 3, 7, 64, Self.stream.count] {
            var reader = MultipartStreamReader(boundary: "boundary")
            var parts: [[UInt8]] = []
            for start in stride(from: 0, to: Self.stream.count, by: size) {
                parts += try reader.append(Array(Self.stream[start..<min(start + size, Self.stream.count)]))
            }
            #expect(parts == [Array("<EventNotificationAlert/>".utf8), Array("<second/>".utf8)], "chunks of \(size)")
        }
    }

    @Test func aPartWithoutEndIsABrokenStream() {
        var reader = MultipartStreamReader(boundary: "boundary", maximumPartBytes: 100)
        #expect(throws: MultipartStreamReader.PartTooLarge.self) {
            _ = try reader.append(Array("--boundary\r\n\r\n".utf8) + [UInt8](repeating: 0x41, count: 200))
        }
    }
}
