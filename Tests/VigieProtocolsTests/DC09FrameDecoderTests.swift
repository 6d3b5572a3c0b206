import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing
import VigieProtocols

@Suite struct DC09FrameDecoderTests {
    static let frames = [
        "\nCE110032\"SIA-DCS\"9876R579BDFL789ABC#12345A[#12345A|NFA129]\r",
        "\nA18D0027\"ADM-CID\"0001L0#7099[#7099|1131 01 003]\r",
        "\nEA740027\"NULL\"0000L0#1409[]_20:38:07,08-27-2026\r",
        "\nCE120032\"SIA-DCS\"9876R579BDFL789ABC#12345A[#12345A|NFA129]\r",  // bad CRC: yielded as failure
    ]

    static func expected(_ text: String) -> DC09DecodedFrame {
        let raw = ByteBuffer(bytes: TestSupport.bytes(text))
        let result: Result<DC09Frame, DC09Error>
        do {
            result = .success(try DC09Frame(parsing: raw))
        } catch {
            result = .failure(error)
        }
        return DC09DecodedFrame(raw: raw, result: result)
    }

    @Test func passesTheDecoderVerifier() throws {
        let pairs = Self.frames.map { (ByteBuffer(bytes: TestSupport.bytes($0)), [Self.expected($0)]) }
        try ByteToMessageDecoderVerifier.verifyDecoder(inputOutputPairs: pairs) { DC09FrameDecoder() }
    }

    @Test func skipsFillerBetweenFramesDripFed() throws {
        let stream = "\0\0 " + Self.frames[0] + "\0\0\0" + Self.frames[1] + "\0"
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(DC09FrameDecoder()))
        for byte in TestSupport.bytes(stream) {
            try channel.writeInbound(ByteBuffer(bytes: [byte]))
        }
        #expect(try channel.readInbound(as: DC09DecodedFrame.self)?.frame?.token == .siaDCS)
        #expect(try channel.readInbound(as: DC09DecodedFrame.self)?.frame?.token == .admCID)
        #expect(try channel.readInbound(as: DC09DecodedFrame.self) == nil)
        #expect(try channel.finish().isClean)
    }

    @Test func decodesABatchInOneBuffer() throws {
        var buffer = ByteBuffer(bytes: TestSupport.bytes(Self.frames.joined() + Self.frames.joined()))
        var decoder = DC09FrameDecoder()
        var results: [DC09DecodedFrame] = []
        while let frame = try decoder.decode(buffer: &buffer) { results.append(frame) }
        #expect(results.count == 8)
        #expect(results.filter { $0.error == .badCRC(received: 0xCE12, computed: 0xCE11) }.count == 2)
        #expect(results[0].raw == ByteBuffer(bytes: TestSupport.bytes(Self.frames[0])))
    }

    @Test func restartsAtAnLineFeedBeforeTheCarriageReturn() throws {
        var buffer = ByteBuffer(bytes: TestSupport.bytes("\nCE110032\"SIA-DC" + Self.frames[1]))
        var decoder = DC09FrameDecoder()
        let truncated = try #require(try decoder.decode(buffer: &buffer))
        #expect(truncated.error == .malformedField(.framing))
        #expect(try decoder.decode(buffer: &buffer)?.frame?.token == .admCID)
    }

    @Test func throwsWhenTheFrameExceedsTheMaximumLength() {
        var buffer = ByteBuffer(bytes: TestSupport.bytes("\n" + String(repeating: "A", count: 100)))
        var decoder = DC09FrameDecoder(maximumFrameLength: 64)
        #expect(throws: DC09Error.frameTooLong(101)) { try decoder.decode(buffer: &buffer) }
    }

    @Test func waitsForTheRestOfASplitFrame() throws {
        var decoder = DC09FrameDecoder()
        var buffer = ByteBuffer(bytes: TestSupport.bytes(String(Self.frames[0].prefix(30))))
        #expect(try decoder.decode(buffer: &buffer) == nil)
        buffer.writeBytes(TestSupport.bytes(String(Self.frames[0].dropFirst(30))))
        #expect(try decoder.decode(buffer: &buffer)?.frame?.sequence == "9876")
    }

    @Test func reportsAnUnterminatedFrameAtEndOfStream() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(DC09FrameDecoder()))
        try channel.writeInbound(ByteBuffer(bytes: TestSupport.bytes("\nCE110032\"SIA")))
        #expect(try channel.readInbound(as: DC09DecodedFrame.self) == nil)
        _ = try channel.finish()
        let last = try #require(try channel.readInbound(as: DC09DecodedFrame.self))
        #expect(last.error == .malformedField(.framing))
    }

    @Test func dropsOnlyFillerAtEndOfStream() throws {
        var decoder = DC09FrameDecoder()
        var buffer = ByteBuffer(bytes: [0, 0, 0x20])
        #expect(try decoder.decodeLast(buffer: &buffer, seenEOF: true) == nil)
        #expect(buffer.readableBytes == 0)
    }

    @Test func usesTheKeysOfItsOptions() throws {
        let key = try #require(DC09Key(hex: "000102030405060708090a0b0c0d0e0f"))
        let frame =
            "\n0F900076\"*SIA-DCS\"0042L0#1234[DAD88CCCBF1120F71955C81BEEC38B13AF734F18222244A43E814D94D640442D4FEFA862091A70C59C21EAC6B44E8417\r"
        var decoder = DC09FrameDecoder(options: TestSupport.options(key: key))
        var buffer = ByteBuffer(bytes: TestSupport.bytes(frame))
        #expect(try decoder.decode(buffer: &buffer)?.frame?.events.first?.code == "BA")
    }
}
