import ArgumentParser
import Foundation
import VigieProtocols

/// `vigie encode`: builds one DC-09 frame, as a panel would send it (for tests, interop and installers).
struct EncodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encode",
        abstract: "Build a SIA DC-09 frame and print it.",
        discussion: """
            Prints the frame on one line with its LF and CR written \\n and \\r (the form `vigie decode` \
            reads), or the raw bytes with --raw. With --key the frame is encrypted (AES-CBC, zero IV, \
            random pad) and gets a timestamp.

            Example:
              vigie encode --account 1234 --sequence 0001 --data '#1234|Nri1/BA05'
              vigie encode --token ADM-CID --account 7099 --data '#7099|1131 01 003' --key ascii:0123456789ABCDEF
            """
    )

    @Option(help: "ID token: SIA-DCS, ADM-CID, NULL, ACK, DUH, RSP… (without '*').")
    var token = "SIA-DCS"

    @Option(help: "Account (hex, 1–16 digits), written after '#'.")
    var account: String

    @Option(help: "Sequence number, 4 digits.")
    var sequence = "0001"

    @Option(help: "Receiver number (hex, 1–6 digits); omitted by default.")
    var receiver: String?

    @Option(help: "Account prefix / line (hex, 1–6 digits).")
    var line = "0"

    @Option(help: "Data block between '[' and ']', for example '#1234|Nri1/BA05'.")
    var data = ""

    @Option(name: .customLong("xdata"), help: "Extended data: letter then value, for example M0026B9E4268B. Repeatable.")
    var extendedData: [String] = []

    @Option(help: "Timestamp: 'now', 'none', or HH:MM:SS,MM-DD-YYYY (default: now when encrypted, none otherwise).")
    var timestamp: String?

    @Option(help: "AES key (hex:…, ascii:… or bare); encrypts the frame.")
    var key: String?

    @Flag(help: "Write the raw bytes instead of the escaped line.")
    var raw = false

    func run() throws {
        let key = try self.key.map { text in
            guard let key = DC09Key(parsing: text) else { throw ValidationError("invalid --key") }
            return key
        }
        let message = DC09Message(
            token: DC09Token(token), isEncrypted: key != nil, sequence: sequence, receiver: receiver, line: line,
            account: account, data: data,
            extendedData: extendedData.compactMap { text in
                text.first.map { DC09ExtendedData(letter: $0, value: String(text.dropFirst())) }
            },
            timestamp: try resolvedTimestamp(encrypted: key != nil)
        )
        let frame: [UInt8]
        do {
            frame = try DC09FrameEncoder().encodedBytes(message, key: key)
        } catch {
            throw ValidationError("cannot encode: \(error)")
        }
        if raw {
            FileHandle.standardOutput.write(Data(frame))
        } else {
            print(FrameText.escape(frame))
        }
    }

    private func resolvedTimestamp(encrypted: Bool) throws -> DC09Timestamp? {
        switch timestamp {
        case nil: return encrypted ? DC09Timestamp(epochSeconds: DC09DecodingOptions.systemClock()) : nil
        case "none": return nil
        case "now": return DC09Timestamp(epochSeconds: DC09DecodingOptions.systemClock())
        case let text?:
            guard let value = DC09Timestamp(wire: text) else { throw ValidationError("invalid --timestamp") }
            return value
        }
    }
}
