import Testing
import VigieProtocols

/// Every refusal path of the frame parser, with the exact error.
@Suite struct DC09MalformedTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var frame: String
        var error: DC09Error
        var testDescription: String { name }
    }

    static func body(_ body: String) -> String { TestSupport.frame(body: body) }

    static let cases: [Case] = [
        Case(
            name: "bad CRC", frame: "\nCE120032\"SIA-DCS\"9876R579BDFL789ABC#12345A[#12345A|NFA129]\r",
            error: .badCRC(received: 0xCE12, computed: 0xCE11)),
        Case(
            name: "bad length", frame: "\nCE110033\"SIA-DCS\"9876R579BDFL789ABC#12345A[#12345A|NFA129]\r",
            error: .badLength(declared: 0x33, actual: 0x32)),
        Case(
            name: "non-hex length", frame: "\nCE11003G\"SIA-DCS\"9876R579BDFL789ABC#12345A[#12345A|NFA129]\r",
            error: .malformedField(.length)),
        Case(
            name: "non-hex CRC", frame: "\nCE1X0032\"SIA-DCS\"9876R579BDFL789ABC#12345A[#12345A|NFA129]\r",
            error: .malformedField(.crc)),
        Case(name: "no quote", frame: "\nCE110032SIA-DCS9876\r", error: .malformedField(.framing)),
        Case(name: "too short", frame: "\n\r", error: .malformedField(.framing)),
        Case(name: "empty token", frame: body("\"\"0001L0#1234[]"), error: .malformedField(.token)),
        Case(name: "starred empty token", frame: body("\"*\"0001L0#1234[]"), error: .malformedField(.token)),
        Case(name: "unterminated token", frame: body("\"SIA-DCS0001L0#1234[]"), error: .malformedField(.token)),
        Case(name: "short sequence", frame: body("\"NULL\"01"), error: .malformedField(.sequence)),
        Case(name: "bad sequence", frame: body("\"NULL\"00-1L0#1234[]"), error: .malformedField(.sequence)),
        Case(name: "empty receiver", frame: body("\"NULL\"0001RL0#1234[]"), error: .malformedField(.receiver)),
        Case(name: "long receiver", frame: body("\"NULL\"0001R1234567L0#1234[]"), error: .malformedField(.receiver)),
        Case(name: "empty line", frame: body("\"NULL\"0001L#1234[]"), error: .malformedField(.line)),
        Case(name: "no account", frame: body("\"NULL\"0001L0[]"), error: .malformedField(.account)),
        Case(name: "empty account", frame: body("\"NULL\"0001L0#[]"), error: .malformedField(.account)),
        Case(name: "long account", frame: body("\"NULL\"0001L0#12345678901234567[]"), error: .malformedField(.account)),
        Case(name: "non-hex account", frame: body("\"NULL\"0001L0#12G4[]"), error: .malformedField(.account)),
        Case(name: "no bracket", frame: body("\"NULL\"0001L0#1234"), error: .malformedField(.account)),
        Case(name: "unterminated data", frame: body("\"NULL\"0001L0#1234[abc"), error: .malformedField(.data)),
        Case(name: "empty xdata", frame: body("\"NULL\"0001L0#1234[][]"), error: .malformedField(.extendedData)),
        Case(name: "unterminated xdata", frame: body("\"NULL\"0001L0#1234[][M00"), error: .malformedField(.extendedData)),
        Case(name: "garbage after data", frame: body("\"NULL\"0001L0#1234[]x"), error: .malformedField(.extendedData)),
        Case(name: "bad timestamp", frame: body("\"NULL\"0001L0#1234[]_25:00:00,01-01-2020"), error: .malformedField(.timestamp)),
        Case(
            name: "timestamp then garbage", frame: body("\"NULL\"0001L0#1234[]_12:00:00,01-01-2020x"),
            error: .malformedField(.timestamp)),
        Case(name: "bad SIA data", frame: body("\"SIA-DCS\"0001L0#1234[#1234|N12]"), error: .malformedField(.data)),
        Case(name: "empty SIA data", frame: body("\"SIA-DCS\"0001L0#1234[]"), error: .malformedField(.data)),
        Case(name: "bad CID qualifier", frame: body("\"ADM-CID\"0001L0#1234[#1234|2130 01 005]"), error: .malformedField(.data)),
        Case(name: "short CID", frame: body("\"ADM-CID\"0001L0#1234[#1234|1130 01]"), error: .malformedField(.data)),
        Case(name: "empty CID", frame: body("\"ADM-CID\"0001L0#1234[]"), error: .malformedField(.data)),
        Case(
            name: "CID account without bar", frame: body("\"ADM-CID\"0001L0#1234[#1234 1130 01 005]"),
            error: .malformedField(.data)),
        Case(name: "odd ciphertext", frame: body("\"*NULL\"0001L0#1234[ABC"), error: .cannotDecrypt),
        Case(
            name: "partial block", frame: body("\"*NULL\"0001L0#1234[" + String(repeating: "AB", count: 24)),
            error: .cannotDecrypt),
        Case(
            name: "non-hex ciphertext", frame: body("\"*NULL\"0001L0#1234[" + String(repeating: "ZZ", count: 16)),
            error: .cannotDecrypt),
        Case(name: "empty ciphertext", frame: body("\"*NULL\"0001L0#1234["), error: .cannotDecrypt),
    ]

    @Test(arguments: cases)
    func refuses(testCase: Case) throws {
        let key = try #require(DC09Key(ascii: "0123456789ABCDEF"))
        #expect(throws: testCase.error) {
            try TestSupport.decode(testCase.frame, options: TestSupport.options(key: key))
        }
    }

    @Test func refusesEncryptedFrameWithoutKey() {
        let frame =
            "\n0F900076\"*SIA-DCS\"0042L0#1234[DAD88CCCBF1120F71955C81BEEC38B13AF734F18222244A43E814D94D640442D4FEFA862091A70C59C21EAC6B44E8417\r"
        #expect(throws: DC09Error.noKey) { try TestSupport.decode(frame) }
    }

    @Test(arguments: ["ascii:0123456789ABCDEF", "hex:000102030405060708090a0b0c0d0e0f1011121314151617"])
    func refusesWrongKey(key: String) throws {
        let frame =
            "\n0F900076\"*SIA-DCS\"0042L0#1234[DAD88CCCBF1120F71955C81BEEC38B13AF734F18222244A43E814D94D640442D4FEFA862091A70C59C21EAC6B44E8417\r"
        let key = try #require(DC09Key(parsing: key))
        #expect(throws: DC09Error.cannotDecrypt) { try TestSupport.decode(frame, options: TestSupport.options(key: key)) }
    }

    @Test func refusesUnencryptedEventFrameForAKeyedAccount() throws {
        let key = try #require(DC09Key(ascii: "0123456789ABCDEF"))
        let frame = "\n68AF0025\"SIA-DCS\"0001L0#1234[#1234|Nri1/BA12]\r"
        #expect(throws: DC09Error.unencryptedFrameForEncryptedAccount) {
            try TestSupport.decode(frame, options: TestSupport.options(key: key))
        }
        var lenient = TestSupport.options(key: key)
        lenient.requiresEncryptionForKeyedAccounts = false
        #expect(try TestSupport.decode(frame, options: lenient).events.count == 1)
        // Replies are not subject to it: a simulator reads the receiver's plain NAK.
        #expect(try TestSupport.decode("\n3C830025\"NAK\"0000R0L0A0[]_16:09:09,04-14-2015\r", options: TestSupport.options(key: key)).token == .nak)
    }

    @Test func errorsHaveStableReasons() {
        #expect(DC09Error.badCRC(received: 1, computed: 2).reason == "badCRC")
        #expect(DC09Error.badLength(declared: 1, actual: 2).reason == "badLength")
        #expect(DC09Error.frameTooLong(9000).reason == "frameTooLong")
        #expect(DC09Error.malformedField(.account).reason == "malformedField(account)")
        #expect(DC09Error.noKey.reason == "noKey")
        #expect(DC09Error.cannotDecrypt.reason == "cannotDecrypt")
        #expect(DC09Error.missingTimestamp.reason == "missingTimestamp")
        #expect(DC09Error.timestampOutsideWindow(skew: -41).reason == "timestampOutsideWindow")
        #expect(DC09Error.unencryptedFrameForEncryptedAccount.reason == "unencryptedFrameForEncryptedAccount")
        #expect(DC09Error.badCRC(received: 0xCE12, computed: 0xCE11).description.contains("CE12"))
        #expect(DC09Error.timestampOutsideWindow(skew: -41).description.contains("behind"))
    }
}
