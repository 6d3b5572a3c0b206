import Testing
import VigieTestSupport

@testable import VigieProtocols

@Suite struct DC09EncryptionTests {
    static let key = DC09Key(ascii: "0123456789ABCDEF")!

    /// Encrypts a hand-made plaintext (the encoder refuses malformed ones) into a `*NULL` frame.
    static func frame(plaintext: String, key: DC09Key = key) -> String {
        let cipher = DC09Cipher.encrypt(Array(plaintext.utf8), key: key)
        let hex = cipher.map { TestSupport.hex4(Int($0)).suffix(2) }.joined()
        return TestSupport.frame(body: "\"*NULL\"0001L0#1234[" + hex)
    }

    @Test func refusesEncryptedFrameWithoutTimestamp() {
        #expect(throws: DC09Error.missingTimestamp) {
            try TestSupport.decode(Self.frame(plaintext: "0123456789abcd|]"), options: TestSupport.options(key: Self.key))
        }
    }

    @Test func reportsStructuralErrorsOfAReadablePlaintext() {
        #expect(throws: DC09Error.malformedField(.timestamp)) {
            try TestSupport.decode(Self.frame(plaintext: "0123456789|]_99:99:99,01-01-2020"), options: TestSupport.options(key: Self.key))
        }
    }

    @Test func treatsPlaintextWithoutBracketAsWrongKey() {
        #expect(throws: DC09Error.cannotDecrypt) {
            try TestSupport.decode(Self.frame(plaintext: "0123456789abcdef"), options: TestSupport.options(key: Self.key))
        }
    }

    @Test(arguments: [(-40, true), (20, true), (0, true), (-41, false), (21, false)])
    func appliesTheTimestampWindow(offset: Int64, accepted: Bool) throws {
        let now = TestSupport.vectorTime.epochSeconds
        let message = DC09Message(
            token: .null, isEncrypted: true, sequence: "0001", account: "1234",
            timestamp: DC09Timestamp(epochSeconds: now + offset)
        )
        let encoded = try DC09FrameEncoder().encode(message, key: Self.key)
        let options = DC09DecodingOptions(accountProfile: { _ in DC09AccountProfile(key: Self.key) }, now: { now })
        if accepted {
            #expect(try DC09Frame(parsing: encoded, options: options).timestamp?.epochSeconds == now + offset)
        } else {
            #expect(throws: DC09Error.timestampOutsideWindow(skew: offset)) { try DC09Frame(parsing: encoded, options: options) }
        }
    }

    @Test func windowIsConfigurable() throws {
        let now = TestSupport.vectorTime.epochSeconds
        let message = DC09Message(
            token: .null, isEncrypted: true, sequence: "0001", account: "1234",
            timestamp: DC09Timestamp(epochSeconds: now - 100)
        )
        let encoded = try DC09FrameEncoder().encode(message, key: Self.key)
        let options = DC09DecodingOptions(
            accountProfile: { _ in DC09AccountProfile(key: Self.key) }, maximumAge: 120, now: { now }
        )
        #expect(try DC09Frame(parsing: encoded, options: options).token == .null)
    }

    @Test func unencryptedTimestampsAreCheckedOnlyWhenAsked() throws {
        let frame = "\nB40B0039\"SIA-DCS\"0004L0#AAA[#AAA|Nri0/RP0000]_09:10:30,02-20-2023\r"
        var options = DC09DecodingOptions(now: { 0 })
        #expect(try TestSupport.decode(frame, options: options).events.count == 1)
        options.checksUnencryptedTimestamps = true
        #expect(throws: DC09Error.self) { try TestSupport.decode(frame, options: options) }
    }

    @Test(arguments: [
        (
            "000102030405060708090a0b0c0d0e0f",
            "\n0F900076\"*SIA-DCS\"0042L0#1234[DAD88CCCBF1120F71955C81BEEC38B13AF734F18222244A43E814D94D640442D4FEFA862091A70C59C21EAC6B44E8417\r"
        ),
        (
            "000102030405060708090a0b0c0d0e0f1011121314151617",
            "\n98EA0076\"*SIA-DCS\"0042L0#1234[62B368A1A9EDDA51D48CD6E669F732F92AD8346164AEE088D1BB3BC6097D3B7CDDE1A32C30428D191988B73C395BEDDD\r"
        ),
        (
            "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
            "\nFDFE0076\"*SIA-DCS\"0042L0#1234[801303392F2A09938E71C6AAE860FF75E81D92F2F7741C61077B52F40CB1A856951E7CA936412B4F10163223B5577AB0\r"
        ),
    ])
    func encodesTheComputedVectorsByteForByte(keyHex: String, expected: String) throws {
        let key = try #require(DC09Key(hex: keyHex))
        let message = DC09Message(
            token: .siaDCS, isEncrypted: true, sequence: "0042", account: "1234", data: "#1234|Nri1/BA05",
            timestamp: TestSupport.vectorTime
        )
        let encoded = try DC09FrameEncoder(padding: .fixed(Array("ABCDEFGHIJK".utf8))).encode(message, key: key)
        #expect(TestSupport.text(encoded) == expected)
    }

    @Test func randomPadIsOneToSixteenPrintableBytes() throws {
        var generator = SeededGenerator(seed: 3)
        for dataLength in 0..<40 {
            let message = DC09Message(
                token: .siaDCS, isEncrypted: true, sequence: "0001", account: "1234",
                data: "#1234|NRR" + String(repeating: "1", count: dataLength), timestamp: TestSupport.vectorTime
            )
            let encoded = try DC09FrameEncoder().encode(message, key: Self.key, using: &generator)
            let hex = TestSupport.text(encoded).split(separator: "[", maxSplits: 1)[1].dropLast()
            let frame = try DC09Frame(parsing: encoded, options: TestSupport.options(key: Self.key))
            #expect(frame.data == message.data)
            let tailCount = message.data.utf8.count + 1 + 20
            let padCount = hex.count / 2 - tailCount - 1
            #expect((1...16).contains(padCount))
        }
        #expect(DC09Padding.alphabet.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x7C && $0 != 0x5B && $0 != 0x5D })
    }
}
