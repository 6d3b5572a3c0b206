import NIOCore
import NIOTestUtils
import Testing
import VigieCore
import VigieProtocols

@Suite struct SurGardTests {
    @Test func readsAndWritesTheHeartbeat() throws {
        let line = "1011           @    "
        let message = try SurGardMessage(parsing: line)
        #expect(message.kind == .heartbeat && message.receiver == "01" && message.line == "1")
        #expect(message.text == line)
        #expect(try SurGardMessage(parsing: "101000           @    ").line == "000")
    }

    @Test func readsTheManualsContactIDExample() throws {
        let message = try SurGardMessage(parsing: "5011 181234E12101001")
        #expect(message.kind == .contactID && message.account == "1234")
        let event = try #require(message.events.first)
        #expect(event.code == "121" && event.category == .duress && event.user == "001" && event.partition == "01")
        #expect(message.text == "5011 181234E12101001")
    }

    @Test func mapsADMCIDToProtocolFive() throws {
        let event = try ContactIDEvent(parsing: "1131 01 003")
        let message = SurGardMessage.contactID(receiver: "01", line: "1", account: "7099", event: event)
        var buffer = ByteBuffer()
        buffer.writeSurGardMessage(message)
        #expect(buffer == ByteBuffer(bytes: Array("5011 187099E13101003".utf8) + [0x14]))
        let restore = SurGardMessage.contactID(
            receiver: "01", line: "1", account: "7099", event: try ContactIDEvent(parsing: "3131 01 003")
        )
        #expect(restore.text.contains("R131"))
        let status = SurGardMessage.contactID(
            receiver: "01", line: "1", account: "7099", event: try ContactIDEvent(parsing: "6131 01 003")
        )
        #expect(try SurGardMessage(parsing: status.text).events.first?.qualifier == .status)
    }

    @Test func readsTheClockVariant() throws {
        let message = try SurGardMessage(parsing: "5011 181234R40101005 12:30:00-24/11")
        #expect(message.time == "12:30:00-24/11")
        let compact = try SurGardMessage(parsing: "5011 181234R4010100512:30:00-24/11")
        #expect(compact.time == "12:30:00-24/11")
        #expect(compact.events.first?.category == .closing)
    }

    @Test func readsSIALines() throws {
        let message = try SurGardMessage(parsing: "S011[#1234|Nri1BA01]")
        #expect(message.kind == .sia && message.account == "1234" && message.events.first?.code == "BA")
        #expect(message.text == "S011[#1234|Nri1BA01]")
        let protocol1 = try SurGardMessage(parsing: "3011      1234BA0005")
        #expect(protocol1.kind == .siaProtocol1 && protocol1.account == "1234")
        #expect(protocol1.events.first?.zone == "0005")
        #expect(protocol1.text == "3011      1234BA0005")
    }

    @Test(arguments: [
        ("6011  1234", SurGardError.unsupportedFormat("6")), ("", .malformedField("line")),
        ("5011 281234E12101001", .malformedField("messageType")), ("5011 181234X12101001", .malformedField("qualifier")),
        ("5011 18E12101001", .malformedField("account")), ("5011 181234E1210100x", .malformedField("event")),
        ("5X", .malformedField("header")), ("1011  x  @", .malformedField("heartbeat")),
        ("S011[#1234|N12]", .malformedField("data")), ("S011#1234", .malformedField("header")), ("S011[#1234", .malformedField("data")),
        ("3011   12BA", .malformedField("event")), ("3011      1234ba0005", .malformedField("event")),
    ])
    func refusesMalformedLines(text: String, error: SurGardError) {
        #expect(throws: error) { try SurGardMessage(parsing: text) }
    }

    @Test func passesTheDecoderVerifier() throws {
        let lines = ["1011           @    ", "5011 181234E12101001", "S011[#1234|Nri1BA01]", "6011 x"]
        let pairs = lines.map { line -> (ByteBuffer, [SurGardFrameDecoder.Line]) in
            let raw = ByteBuffer(string: line)
            let result: Result<SurGardMessage, SurGardError>
            do throws(SurGardError) {
                result = .success(try SurGardMessage(parsing: line))
            } catch {
                result = .failure(error)
            }
            return (ByteBuffer(bytes: Array(line.utf8) + [SurGard.terminator]), [SurGardFrameDecoder.Line(raw: raw, result: result)])
        }
        try ByteToMessageDecoderVerifier.verifyDecoder(inputOutputPairs: pairs) { SurGardFrameDecoder() }
    }

    @Test func limitsTheLineLength() throws {
        var decoder = SurGardFrameDecoder(maximumLineLength: 8)
        var buffer = ByteBuffer(string: "5011 181234E12101001")
        #expect(throws: SurGardError.lineTooLong(20)) { try decoder.decode(buffer: &buffer) }
        var partial = ByteBuffer(string: "5011")
        #expect(try decoder.decodeLast(buffer: &partial, seenEOF: true) == nil)
    }

    @Test func exposesTheLinkBytes() {
        #expect(SurGard.ack == 0x06 && SurGard.nak == 0x15 && SurGard.terminator == 0x14)
        #expect(SurGardError.lineTooLong(3).reason == "lineTooLong")
        #expect(SurGardError.unsupportedFormat("6").reason == "unsupportedFormat")
        #expect(SurGardError.malformedField("x").reason == "malformedField(x)")
        #expect(SurGardError.unsupportedFormat("6").description.contains("6"))
    }
}
