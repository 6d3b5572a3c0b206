import NIOCore
import Testing
import VigieCore
import VigieProtocols

/// One named fixture per real-world quirk of protocols.md §1.15, each tolerated and recorded.
@Suite struct DC09QuirkTests {
    @Test func quirk01LowercaseHexInLengthAndReceiver() throws {
        let frame = try TestSupport.decode(
            "\n7C37006b\"SIA-DCS\"0000RC0FFDL1234#080027E62A64[#080027E62A64|NHB0003][X115000][X115000][X115000]_13:53:11,06-22-2015\r"
        )
        #expect(frame.quirks.contains(.lowercaseHex))
        let ack = try TestSupport.decode("\n01FC0037\"ACK\"0000Rc0ffdL1234#080027E62A64[]_12:10:40,06-22-2015\r")
        #expect(ack.receiver == "c0ffd")
        #expect(ack.quirks.contains(.lowercaseHex))
    }

    @Test func quirk02DecimalLengthFromEldes() throws {
        let eldes = "\n57150047\"ADM-CID\"0247R4F39L4F39#4F39[#4F39|3401 01 057]\r"
        let frame = try TestSupport.decode(eldes)
        #expect(frame.quirks.contains(.decimalLength))
        #expect(frame.events.first?.category == .closing)
        #expect(frame.events.first?.user == "057")
    }

    @Test func quirk03BinaryCRCFromLupusec() throws {
        let body = "\"SIA-DCS\"0001L0#1234[#1234|Nri1/BA12]"
        let crc = CRC16.arc(TestSupport.bytes(body))
        var raw: [UInt8] = [0x0A, UInt8(crc >> 8), UInt8(crc & 0xFF)]
        raw += TestSupport.bytes(TestSupport.hex4(body.utf8.count) + body + "\r")
        let frame = try DC09Frame(parsing: raw, options: TestSupport.options())
        #expect(frame.crcFormat == .binary)
        #expect(frame.quirks.contains(.binaryCRC))
        #expect(frame.events.first?.code == "BA")
        // The ACK answers in the same form.
        let ack = try DC09FrameEncoder().encode(DC09Reply.ack(for: frame, now: TestSupport.vectorTime))
        #expect(try DC09Frame(parsing: ack).crcFormat == .binary)
    }

    @Test func quirk04TrailingNULBytes() throws {
        let frame = try TestSupport.decode("\n68AF0025\"SIA-DCS\"0001L0#1234[#1234|Nri1/BA12]\r\0\0\0")
        #expect(frame.quirks.contains(.trailingBytes))
    }

    @Test func quirk05MissingPadSeparatorFromHikvision() throws {
        let key = try #require(DC09Key(hex: "41414141414141414141414141414141"))
        let frame = try TestSupport.decode(
            "\n76D80055\"*NULL\"0000R0L0#AAAB[B4BC8B40D0E6D959D6BEA78E88CC0B2155741A3C44FBB96D476A3E557CAD64D9\r",
            options: TestSupport.options(key: key)
        )
        #expect(frame.quirks.contains(.missingPadSeparator))
        #expect(frame.data.isEmpty)
        #expect(frame.timestamp?.description == "18:24:52,07-05-2020")
    }

    @Test func quirk06DataInNullFromHikvision() throws {
        let frame = try TestSupport.decode("\n821F003A\"NULL\"0000R0L0#AAAB[#0000|0000 00 000]_18:25:49,07-05-2020\r")
        #expect(frame.quirks.contains(.dataInNull))
        #expect(frame.events.isEmpty)
    }

    @Test func quirk07PrintablePadFromAjax() throws {
        let key = try #require(DC09Key(ascii: "AjaxHubKey012345"))
        let timestamp = try #require(DC09Timestamp(wire: "23:26:07,05-03-2023"))
        let message = DC09Message(
            token: .siaDCS, isEncrypted: true, sequence: "0472", account: "AAA", data: "#AAA|Nri0/RP0000",
            timestamp: timestamp
        )
        let encoded = try DC09FrameEncoder(padding: .fixed(Array("3{k*7!$%&(".utf8))).encode(message, key: key)
        let frame = try DC09Frame(parsing: encoded, options: TestSupport.options(key: key))
        #expect(frame.data == "#AAA|Nri0/RP0000")
        #expect(frame.events.first?.category == .supervision)
    }

    @Test func quirk08ASCIIAndHexFormsOfTheSameKey() throws {
        let vector = "\nE4F40052\"*ACK\"0042L0#1234[F4B928D67BA4CB8CBEBF745CB975ADC4C163EC84038D2373428A3570F66F9D2D\r"
        for text in ["ascii:0123456789ABCDEF", "hex:30313233343536373839414243444546"] {
            let key = try #require(DC09Key(parsing: text))
            let frame = try TestSupport.decode(vector, options: TestSupport.options(key: key))
            #expect(frame.token == .ack && frame.isEncrypted)
        }
    }

    @Test(arguments: ["[|Nri1/CL501]", "[Nri1/WA000]"])
    func quirk09MissingDataAccount(payload: String) throws {
        let frame = try TestSupport.decode(TestSupport.frame(body: "\"SIA-DCS\"0001L0#1234" + payload))
        #expect(frame.quirks.contains(.missingDataAccount))
        #expect(frame.dataAccount == nil)
        #expect(frame.subscriberAccount == "1234")
        #expect(frame.events.count == 1)
    }

    @Test func quirk10VendorAndUnknownCodesAreAcknowledgedNotRefused() throws {
        let ajax = try TestSupport.decode("\n28300037\"SIA-DCS\"3052L0#AAA[#AAA|Nri2/JC12]_13:16:33,09-15-2021\r")
        #expect(ajax.events.first?.category == .tamper)
        #expect(SIACodeTable.info(for: "JC")?.isVendorCode == true)
        let unknown = try TestSupport.decode("\n99A80025\"SIA-DCS\"0001L0#1234[#1234|Nri1/QQ99]\r")
        #expect(unknown.events.first?.category == .unknown)
        #expect(DC09Reply.response(to: .success(unknown), now: TestSupport.vectorTime)?.token == .ack)
    }

    @Test func quirk11LocalTimeTimestampsWithAClockOffset() throws {
        let key = try #require(DC09Key(ascii: "0123456789ABCDEF"))
        let local = try #require(DC09Timestamp(wire: "13:34:56,01-02-2026"))  // UTC+1
        let message = DC09Message(
            token: .null, isEncrypted: true, sequence: "0001", account: "1234", timestamp: local
        )
        let encoded = try DC09FrameEncoder().encode(message, key: key)
        let now = TestSupport.vectorTime.epochSeconds
        var options = DC09DecodingOptions(accountProfile: { _ in DC09AccountProfile(key: key) }, now: { now })
        #expect(throws: DC09Error.timestampOutsideWindow(skew: 3600)) { try DC09Frame(parsing: encoded, options: options) }
        options.accountProfile = { _ in DC09AccountProfile(key: key, clockOffset: 3600) }
        #expect(try DC09Frame(parsing: encoded, options: options).token == .null)
    }

    @Test func quirk12SeveralFramesOnOneConnection() throws {
        var buffer = ByteBuffer(
            bytes: TestSupport.bytes(
                "\n68AF0025\"SIA-DCS\"0001L0#1234[#1234|Nri1/BA12]\r\nA18D0027\"ADM-CID\"0001L0#7099[#7099|1131 01 003]\r"
            ))
        var decoder = DC09FrameDecoder()
        #expect(try decoder.decode(buffer: &buffer)?.frame?.token == .siaDCS)
        #expect(try decoder.decode(buffer: &buffer)?.frame?.token == .admCID)
        #expect(try decoder.decode(buffer: &buffer) == nil)
    }

    @Test func quirk13HexSequenceNumbers() throws {
        let frame = try TestSupport.decode(TestSupport.frame(body: "\"SIA-DCS\"00AFL0#1234[#1234|Nri1/BA12]"))
        #expect(frame.sequence == "00AF")
        #expect(frame.quirks.contains(.hexSequence))
    }

    @Test func missingLinePrefixFromMyDC09SPT() throws {
        let frame = try TestSupport.decode(TestSupport.frame(body: "\"SIA-DCS\"0001#1234[#1234|Nri1/BA12]"))
        #expect(frame.line == nil)
        #expect(frame.quirks.contains(.missingLine))
        let ack = try DC09FrameEncoder().encode(DC09Reply.ack(for: frame, now: TestSupport.vectorTime))
        #expect(TestSupport.text(ack).contains("\"ACK\"0001#1234[]"))
    }

    @Test func missingDelimitersInPastedFrames() throws {
        let frame = try TestSupport.decode("68AF0025\"SIA-DCS\"0001L0#1234[#1234|Nri1/BA12]")
        #expect(frame.quirks.contains(.missingDelimiters))
        #expect(frame.quirks.names == ["missingDelimiters"])
    }
}
