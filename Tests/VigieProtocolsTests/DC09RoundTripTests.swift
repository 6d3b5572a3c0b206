import NIOCore
import Testing
import VigieProtocols
import VigieTestSupport

/// Encode → decode over random messages: every field survives, plain and encrypted, all key sizes.
@Suite struct DC09RoundTripTests {
    static func hex(_ count: Int, _ generator: inout SeededGenerator) -> String {
        String((0..<count).map { _ in "0123456789ABCDEFabcdef".randomElement(using: &generator)! })
    }

    static func randomMessage(_ generator: inout SeededGenerator) -> DC09Message {
        let tokens: [DC09Token] = [.siaDCS, .admCID, .null]
        let token = tokens.randomElement(using: &generator)!
        let account = hex(Int.random(in: 3...16, using: &generator), &generator)
        var data = ""
        switch token {
        case .siaDCS:
            let codes = ["BA", "FA", "OP", "CL", "RP", "TA", "QQ", "JC", "YT"]
            let events = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
                codes.randomElement(using: &generator)! + String(Int.random(in: 0...999, using: &generator))
            }
            data = "#\(account)|Nri\(Int.random(in: 0...9, using: &generator))/" + events.joined(separator: "/")
        case .admCID:
            let qualifier = ["1", "3", "6"].randomElement(using: &generator)!
            let code = ["130", "110", "401", "602", "999"].randomElement(using: &generator)!
            data = "#\(account)|\(qualifier)\(code) 0\(Int.random(in: 0...9, using: &generator)) 00\(Int.random(in: 0...9, using: &generator))"
        default:
            data = ""
        }
        let letters: [Character] = ["M", "X", "Y", "I", "E", "$"]
        let extended = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
            DC09ExtendedData(letter: letters.randomElement(using: &generator)!, value: hex(Int.random(in: 1...12, using: &generator), &generator))
        }
        return DC09Message(
            token: token, sequence: String(format4: Int.random(in: 0...9999, using: &generator)),
            receiver: Bool.random(using: &generator) ? hex(Int.random(in: 1...6, using: &generator), &generator) : nil,
            line: hex(Int.random(in: 1...6, using: &generator), &generator), account: account, data: data,
            extendedData: extended,
            timestamp: DC09Timestamp(epochSeconds: Int64.random(in: 1_000_000_000...2_000_000_000, using: &generator))
        )
    }

    static func check(_ frame: DC09Frame, _ message: DC09Message) {
        #expect(frame.token == message.token)
        #expect(frame.sequence == message.sequence)
        #expect(frame.receiver == message.receiver)
        #expect(frame.line == message.line)
        #expect(frame.account == message.account)
        #expect(frame.data == message.data)
        #expect(frame.extendedData == message.extendedData)
        #expect(frame.timestamp == message.timestamp)
        #expect(frame.isEncrypted == message.isEncrypted)
        if message.token != .null { #expect(!frame.events.isEmpty) }
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func plainMessagesSurviveARoundTrip(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            let message = Self.randomMessage(&generator)
            let encoded = try DC09FrameEncoder().encode(message, key: nil, using: &generator)
            Self.check(try DC09Frame(parsing: encoded, options: TestSupport.options()), message)
        }
    }

    @Test(arguments: [16, 24, 32])
    func encryptedMessagesSurviveARoundTrip(keySize: Int) throws {
        var generator = SeededGenerator(seed: UInt64(keySize))
        for _ in 0..<200 {
            let key = try #require(DC09Key(bytes: (0..<keySize).map { _ in UInt8.random(in: 0...255, using: &generator) }))
            var message = Self.randomMessage(&generator)
            message.isEncrypted = true
            let encoded = try DC09FrameEncoder().encode(message, key: key, using: &generator)
            Self.check(try DC09Frame(parsing: encoded, options: TestSupport.options(key: key)), message)
        }
    }

    @Test func aStreamOfRandomFramesDecodesInOrder() throws {
        var generator = SeededGenerator(seed: 42)
        let messages = (0..<300).map { _ in Self.randomMessage(&generator) }
        var decoder = DC09FrameDecoder(options: TestSupport.options())
        var index = 0
        // Feed the frames through the decoder in random chunks, as TCP delivers them.
        var input = ByteBuffer()
        for message in messages { try input.writeDC09Frame(message, key: nil, using: &generator) }
        var accumulated = ByteBuffer()
        while input.readableBytes > 0 {
            var chunk = input.readSlice(length: min(input.readableBytes, Int.random(in: 1...200, using: &generator)))!
            accumulated.writeBuffer(&chunk)
            while let decoded = try decoder.decode(buffer: &accumulated) {
                let frame = try #require(decoded.frame)
                Self.check(frame, messages[index])
                index += 1
            }
        }
        #expect(index == messages.count)
    }
}

extension String {
    /// Four decimal digits with leading zeros.
    init(format4 value: Int) {
        let digits = String(value)
        self = String(repeating: "0", count: 4 - digits.count) + digits
    }
}
