import NIOCore
import Testing
import VigieProtocols
import VigieTestSupport

@Suite struct DC09ReplyTests {
    @Test func ackEchoesAFrameWithoutReceiverExactly() throws {
        let null = try TestSupport.decode("\nEA740027\"NULL\"0000L0#1409[]_20:38:07,08-27-2026\r")
        let ack = try DC09FrameEncoder().encode(DC09Reply.ack(for: null, now: TestSupport.vectorTime))
        #expect(TestSupport.text(ack) == "\n59890012\"ACK\"0000L0#1409[]\r")
    }

    @Test func ackKeepsTheReceiverSpellingAndMayCarryATimestamp() throws {
        let frame = try TestSupport.decode(TestSupport.frame(body: "\"NULL\"0000Rc0ffdL1234#080027E62A64[]"))
        let now = try #require(DC09Timestamp(wire: "12:10:40,06-22-2015"))
        let ack = try DC09FrameEncoder().encode(DC09Reply.ack(for: frame, now: now, timestamped: true))
        #expect(TestSupport.text(ack) == "\n01FC0037\"ACK\"0000Rc0ffdL1234#080027E62A64[]_12:10:40,06-22-2015\r")
    }

    @Test func ackKeepsLeadingZerosOfTheAccount() throws {
        let frame = try TestSupport.decode("\n1D85002B\"NULL\"0001L0#00653210[]_09:17:32,05-18-2016\r")
        let ack = try DC09FrameEncoder().encode(DC09Reply.ack(for: frame, now: TestSupport.vectorTime))
        #expect(TestSupport.text(ack).contains("\"ACK\"0001L0#00653210[]"))
    }

    @Test func nakHasTheFixedFormAndTheReceiverTime() throws {
        let now = try #require(DC09Timestamp(wire: "16:09:09,04-14-2015"))
        let nak = try DC09FrameEncoder().encode(DC09Reply.nak(now: now))
        #expect(TestSupport.text(nak) == "\n3C830025\"NAK\"0000R0L0A0[]_16:09:09,04-14-2015\r")
        let key = try #require(DC09Key(ascii: "0123456789ABCDEF"))
        #expect(try DC09FrameEncoder().encode(DC09Reply.nak(now: now), key: key) == nak)
    }

    @Test func encryptedAckMatchesTheComputedVector() throws {
        let key = try #require(DC09Key(ascii: "0123456789ABCDEF"))
        let frame = DC09Frame(token: .siaDCS, isEncrypted: true, sequence: "0042", line: "0", account: "1234")
        let encoder = DC09FrameEncoder(padding: .fixed(Array("zzzzzzzzzz".utf8)))
        let ack = try encoder.encode(DC09Reply.ack(for: frame, now: TestSupport.vectorTime), key: key)
        #expect(
            TestSupport.text(ack)
                == "\nE4F40052\"*ACK\"0042L0#1234[F4B928D67BA4CB8CBEBF745CB975ADC4C163EC84038D2373428A3570F66F9D2D\r"
        )
        #expect(throws: DC09Error.noKey) { try encoder.encode(DC09Reply.ack(for: frame, now: TestSupport.vectorTime)) }
    }

    @Test func duhEchoesTheHeaderAndIsNeverEncrypted() throws {
        let frame = try TestSupport.decode(TestSupport.frame(body: "\"SIA-S2K\"0007R12L3#ABC[whatever]"))
        #expect(frame.token == .other("SIA-S2K"))
        let reply = try #require(DC09Reply.response(to: .success(frame), now: TestSupport.vectorTime))
        #expect(reply.token == .duh)
        let key = try #require(DC09Key(ascii: "0123456789ABCDEF"))
        var encrypted = reply
        encrypted.isEncrypted = true
        let text = TestSupport.text(try DC09FrameEncoder().encode(encrypted, key: key))
        #expect(text.hasSuffix("\"DUH\"0007R12L3#ABC[]\r"))
    }

    @Test func responseChoosesTheReply() throws {
        let now = TestSupport.vectorTime
        let ack = try TestSupport.decode("\n59890012\"ACK\"0000L0#1409[]\r")
        #expect(DC09Reply.response(to: .success(ack), now: now) == nil)
        let sia = try TestSupport.decode("\n68AF0025\"SIA-DCS\"0001L0#1234[#1234|Nri1/BA12]\r")
        #expect(DC09Reply.response(to: .success(sia), now: now)?.token == .ack)
        for error in [DC09Error.badCRC(received: 0, computed: 1), .cannotDecrypt, .timestampOutsideWindow(skew: 99)] {
            #expect(DC09Reply.response(to: .failure(error), now: now) == DC09Reply.nak(now: now))
        }
    }

    @Test func encoderRefusesFieldsItCannotWrite() {
        let base = DC09Message(token: .siaDCS, sequence: "0001", account: "1234", data: "#1234|NRR")
        var cases: [(DC09Message, DC09Error)] = []
        var message = base
        message.sequence = "12"
        cases.append((message, .malformedField(.sequence)))
        message = base
        message.receiver = "XYZ"
        cases.append((message, .malformedField(.receiver)))
        message = base
        message.line = "1234567"
        cases.append((message, .malformedField(.line)))
        message = base
        message.account = ""
        cases.append((message, .malformedField(.account)))
        message = base
        message.data = "a]b"
        cases.append((message, .malformedField(.data)))
        message = base
        message.extendedData = [DC09ExtendedData(letter: "M", value: "]")]
        cases.append((message, .malformedField(.extendedData)))
        message = base
        message.token = .other("BAD\"TOKEN")
        cases.append((message, .malformedField(.token)))
        message = base
        message.data = String(repeating: "1", count: 5000)
        cases.append((message, .malformedField(.length)))
        for (message, error) in cases {
            #expect(throws: error) { try DC09FrameEncoder().encode(message) }
        }
    }

    @Test func encoderRefusesAFixedPadThatDoesNotFillTheBlocks() throws {
        let key = try #require(DC09Key(ascii: "0123456789ABCDEF"))
        let message = DC09Message(
            token: .null, isEncrypted: true, sequence: "0001", account: "1234", timestamp: TestSupport.vectorTime
        )
        #expect(throws: DC09Error.malformedField(.data)) {
            try DC09FrameEncoder(padding: .fixed([0x41])).encode(message, key: key)
        }
    }

    @Test func encodedBytesMatchTheBuffer() throws {
        let message = DC09Message(token: .null, sequence: "0001", account: "1234")
        let bytes = try DC09FrameEncoder().encodedBytes(message)
        #expect(ByteBuffer(bytes: bytes) == (try DC09FrameEncoder().encode(message)))
        var buffer = ByteBuffer()
        var generator = SeededGenerator(seed: 1)
        #expect(try buffer.writeDC09Frame(message, key: nil, using: &generator) == bytes.count)
    }
}
