import Testing
import VigieProtocols

@Suite struct FrameReportTests {
    @Test func reportsADecodedFrameWithEveryKey() {
        let frame = TestSupport.frame(
            body: "\"SIA-DCS\"0000RC0FFDL1234#080027E62A64[#080027E62A64|NHB0003][X115000][X115000][M00]_13:53:11,06-22-2015"
        )
        let report = FrameReport(line: FrameText.escape(TestSupport.bytes(frame)), options: TestSupport.options())
        #expect(!report.failed)
        let json = report.jsonLine
        for key in [
            "token", "encrypted", "sequence", "receiver", "line", "account", "timestamp", "extended", "events",
            "code", "qualifier", "zone", "partition", "user", "category", "description",
        ] {
            #expect(json.contains("\"\(key)\":"))
        }
        #expect(json.contains(#""extended":{"X":["115000","115000"],"M":"00"}"#))
        #expect(json.contains(#""timestamp":"2015-06-22T13:53:11Z""#))
        #expect(json.contains(#""quirks":[]"#))
        #expect(json.contains(#""user":null"#))
    }

    @Test func reportsErrorsWithReasonAndReply() {
        let report = FrameReport(
            line: #"\nCE120032"SIA-DCS"9876R579BDFL789ABC#12345A[#12345A|NFA129]\r"#,
            options: DC09DecodingOptions(now: { 1_429_027_749 }), reply: FrameReport.ReplyRequest(key: nil)
        )
        #expect(report.failed)
        #expect(report.jsonLine.contains(#""reason":"badCRC""#))
        #expect(report.jsonLine.contains(#""error":"bad CRC: frame says CE12, body gives CE11""#))
        #expect(report.jsonLine.contains(#""reply":"\\n3C830025\"NAK\"0000R0L0A0[]_16:09:09,04-14-2015\\r""#))
    }

    @Test func includesAnEncryptedReplyWhenKeyed() throws {
        let key = try #require(DC09Key(hex: "000102030405060708090a0b0c0d0e0f"))
        let frame =
            #"\n0F900076"*SIA-DCS"0042L0#1234[DAD88CCCBF1120F71955C81BEEC38B13AF734F18222244A43E814D94D640442D4FEFA862091A70C59C21EAC6B44E8417\r"#
        var options = DC09DecodingOptions.singleKey(key)
        options.now = { TestSupport.vectorTime.epochSeconds }
        let report = FrameReport(line: frame, options: options, reply: FrameReport.ReplyRequest(key: key))
        let reply = try #require(report.reply)
        let ack = try DC09Frame(parsing: reply, options: options)
        #expect(ack.token == .ack && ack.isEncrypted && ack.sequence == "0042")
    }

    @Test func escapesAndUnescapesFrames() {
        let bytes: [UInt8] = [0x0A, 0x41, 0x5C, 0x00, 0x09, 0xFF, 0x14, 0x0D]
        #expect(FrameText.escape(bytes) == #"\nA\\\0\t\xFF\x14\r"#)
        #expect(FrameText.unescape(FrameText.escape(bytes)) == bytes)
        #expect(FrameText.unescape("<LF>A<CR><DC4>") == [0x0A, 0x41, 0x0D, 0x14])
        #expect(FrameText.unescape(#"\q\x4"#) == [0x5C, 0x71, 0x5C, 0x78, 0x34])
        #expect(FrameText.unescape("é<XY>") == [0xE9, 0x3C, 0x58, 0x59, 0x3E])
        #expect(FrameText.unescape("€") == Array("€".utf8))
    }

    @Test func rendersJSONStrings() {
        let json = ReportJSON.object([("a", .string("q\"\\\n\r\t\u{1}é")), ("b", .int(3)), ("c", .null), ("d", .bool(false))])
        #expect(json.rendered == #"{"a":"q\"\\\n\r\t\u0001é","b":3,"c":null,"d":false}"#)
        #expect(json == json)
    }
}
