import ArgumentParser
import Foundation
import VigieProtocols

/// `vigie decode`: decodes DC-09 frames and prints one JSON object per frame.
///
/// All the decoding and the JSON live in `VigieProtocols` (`FrameReport`); this command only
/// reads the input and writes the output.
struct DecodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decode",
        abstract: "Decode SIA DC-09 frames and print one JSON object per frame.",
        discussion: """
            Give one frame as an argument, or one frame per line on standard input. Write the frame's \
            LF and CR as \\n and \\r (or <LF> and <CR>); other bytes may be written \\xHH. A frame without \
            them is accepted and reported with the "missingDelimiters" quirk.

            Each output line is a JSON object with token, encrypted, sequence, receiver, line, account, \
            dataAccount, data, timestamp (UTC, ISO 8601), extended (extended data by letter), events \
            (code, qualifier, zone, partition, user, category, description, text), quirks and crcFormat; \
            or error and reason (badCRC, badLength, noKey, cannotDecrypt, missingTimestamp, \
            timestampOutsideWindow, malformedField(…)). With --reply it also holds the reply Vigie \
            would send. The exit status is 1 when any frame failed.

            Examples:
              vigie decode '\\nCE110032"SIA-DCS"9876R579BDFL789ABC#12345A[#12345A|NFA129]\\r'
              vigie decode --key hex:000102030405060708090A0B0C0D0E0F --now '12:34:56,01-02-2026' < frames.txt
            """
    )

    @Option(help: "AES key for encrypted frames: hex:<32/48/64 hex digits>, ascii:<16/24/32 characters>, or bare.")
    var key: String?

    @Flag(help: "Also print the reply (ACK, *ACK, NAK or DUH) Vigie would send.")
    var reply = false

    @Option(help: "The receiver clock for the timestamp window: HH:MM:SS,MM-DD-YYYY or seconds since 1970 (default: now).")
    var now: String?

    @Option(help: "Seconds a timestamp may lie before the clock.")
    var maximumAge: Int64 = 40

    @Option(help: "Seconds a timestamp may lie after the clock.")
    var maximumAdvance: Int64 = 20

    @Flag(help: "Do not check timestamps at all.")
    var ignoreTime = false

    @Flag(help: "Refuse a length written in decimal (Eldes panels) instead of tolerating it.")
    var strictLength = false

    @Argument(help: "One frame. Without it, frames are read from standard input, one per line.")
    var frame: String?

    func validate() throws {
        if let key, DC09Key(parsing: key) == nil {
            throw ValidationError("--key must be 32, 48 or 64 hex digits or 16, 24 or 32 ASCII characters.")
        }
        if let now, Self.clock(now) == nil {
            throw ValidationError("--now must be HH:MM:SS,MM-DD-YYYY or seconds since 1970.")
        }
    }

    func run() throws {
        let key = self.key.flatMap(DC09Key.init(parsing:))
        var options = DC09DecodingOptions.singleKey(key)
        options.maximumAge = ignoreTime ? .max / 4 : maximumAge
        options.maximumAdvance = ignoreTime ? .max / 4 : maximumAdvance
        options.acceptsDecimalLength = !strictLength
        if let now, let seconds = Self.clock(now) { options.now = { seconds } }
        let request = reply ? FrameReport.ReplyRequest(key: key) : nil
        var failures = 0
        func report(_ line: String) {
            let report = FrameReport(line: line, options: options, reply: request)
            if report.failed { failures += 1 }
            print(report.jsonLine)
        }
        if let frame {
            report(frame)
        } else {
            while let line = readLine(strippingNewline: true) {
                if line.allSatisfy(\.isWhitespace) { continue }
                report(line)
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// Seconds since 1970 from either accepted form.
    static func clock(_ text: String) -> Int64? {
        if let seconds = Int64(text) { return seconds }
        return DC09Timestamp(wire: text)?.epochSeconds
    }
}
