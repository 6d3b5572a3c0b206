import ArgumentParser
import VigieCore
import VigieProtocols

/// `vigie bench decode`: measures DC-09 decoding throughput on one core. A benchmark, not a test.
struct BenchDecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Measure DC-09 frame decoding speed (frames per second, one core).",
        discussion: """
            Decodes the same frames again and again on the calling thread: plain SIA-DCS, plain ADM-CID, \
            and encrypted SIA-DCS with AES-128 and AES-256, and prints frames per second for each. \
            Build in release mode: swift run -c release vigie bench decode
            """
    )

    @Option(help: "Plain frames to decode per case.")
    var plain = 2_000_000

    @Option(help: "Encrypted frames to decode per case.")
    var encrypted = 500_000

    func run() throws {
        let now = DC09Timestamp(year: 2026, month: 1, day: 2, hour: 12, minute: 34, second: 56)!
        let key128 = DC09Key(hex: "000102030405060708090A0B0C0D0E0F")!
        let key256 = DC09Key(hex: "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F")!
        let sia = DC09Message(token: .siaDCS, sequence: "0042", account: "1234", data: "#1234|Nri1/BA05", timestamp: now)
        let cid = DC09Message(token: .admCID, sequence: "0042", account: "1234", data: "#1234|1130 01 005", timestamp: now)
        var encryptedSIA = sia
        encryptedSIA.isEncrypted = true
        let encoder = DC09FrameEncoder()
        let cases = [
            ("SIA-DCS plain", try encoder.encode(sia), nil, plain),
            ("ADM-CID plain", try encoder.encode(cid), nil, plain),
            ("SIA-DCS AES-128", try encoder.encode(encryptedSIA, key: key128), key128, encrypted),
            ("SIA-DCS AES-256", try encoder.encode(encryptedSIA, key: key256), key256, encrypted),
        ]
        for (name, frame, key, count) in cases {
            var options = DC09DecodingOptions.singleKey(key)
            options.now = { now.epochSeconds }
            let rate = try Self.measure(frame: frame, count: count) { frame throws(DC09Error) in
                try DC09Frame(parsing: frame, options: options)
            }
            print("\(name): \(rate) frames/s (\(count) frames)")
        }
    }

    /// Decodes `frame` `count` times and returns frames per second.
    static func measure<Frame>(
        frame: Frame, count: Int, decode: (Frame) throws(DC09Error) -> DC09Frame
    ) throws -> Int {
        var events = 0
        for _ in 0..<min(count, 1000) { events &+= try decode(frame).events.count }
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<count {
            events &+= try decode(frame).events.count
        }
        let elapsed = clock.now - start
        let seconds = elapsed.timeInterval
        guard events > 0 else { throw ValidationError("decoded no events") }
        return Int(Double(count) / seconds)
    }
}
