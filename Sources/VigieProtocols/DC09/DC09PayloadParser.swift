import Foundation

/// Reads what follows the `[` of a DC-09 body: decrypts it if needed, then data, extended data
/// and timestamp; checks the timestamp window and decodes the events (protocols.md §1.9–1.12, §1.16).
struct DC09PayloadParser {
    let options: DC09DecodingOptions

    func parse(
        _ body: UnsafeRawBufferPointer, from start: Int, into frame: inout DC09Frame, quirks: inout DC09Quirks
    ) throws(DC09Error) {
        let profile: DC09AccountProfile?
        if frame.isEncrypted {
            profile = options.accountProfile(frame.accountQuery)
            guard let key = profile?.key else { throw .noKey }
            let hex = UnsafeRawBufferPointer(rebasing: body[start...])
            for byte in hex where ASCII.isLowercaseHexLetter(byte) {
                quirks.insert(.lowercaseHex)
                break
            }
            guard let plain = DC09Cipher.decrypt(hex: hex, key: key) else { throw .cannotDecrypt }
            var decoded = frame
            var decodedQuirks = quirks
            let outcome: DC09Error? = plain.withUnsafeBytes { plain in
                do throws(DC09Error) {
                    let dataStart = try Self.afterPad(plain, quirks: &decodedQuirks)
                    try parseTail(plain, from: dataStart, into: &decoded, quirks: &decodedQuirks)
                    return nil
                } catch {
                    return error
                }
            }
            if let outcome { throw outcome }
            frame = decoded
            quirks = decodedQuirks
            guard let timestamp = frame.timestamp else { throw .missingTimestamp }
            try checkWindow(timestamp, profile: profile)
        } else {
            try parseTail(body, from: start, into: &frame, quirks: &quirks)
            if options.requiresEncryptionForKeyedAccounts, !frame.token.isReply {
                profile = options.accountProfile(frame.accountQuery)
                if profile?.key != nil { throw .unencryptedFrameForEncryptedAccount }
            } else {
                profile = nil
            }
            if options.checksUnencryptedTimestamps, let timestamp = frame.timestamp {
                try checkWindow(timestamp, profile: profile ?? options.accountProfile(frame.accountQuery))
            }
        }
    }

    /// The data starts after the first `|` that precedes the first `]`; without such a `|`
    /// (Hikvision, pysiaalarm) the data is empty. Control bytes after the pad mean a wrong key.
    private static func afterPad(_ plain: UnsafeRawBufferPointer, quirks: inout DC09Quirks) throws(DC09Error) -> Int {
        var close = 0
        while close < plain.count, plain[close] != ASCII.closeBracket { close += 1 }
        guard close < plain.count else { throw .cannotDecrypt }
        var dataStart = close
        var position = 0
        while position < close {
            if plain[position] == ASCII.pipe {
                dataStart = position + 1
                break
            }
            position += 1
        }
        if dataStart == close { quirks.insert(.missingPadSeparator) }
        for position in dataStart..<plain.count where plain[position] < 0x20 {
            throw .cannotDecrypt
        }
        return dataStart
    }

    private func parseTail(
        _ bytes: UnsafeRawBufferPointer, from start: Int, into frame: inout DC09Frame, quirks: inout DC09Quirks
    ) throws(DC09Error) {
        var close = start
        while close < bytes.count, bytes[close] != ASCII.closeBracket { close += 1 }
        guard close < bytes.count else { throw .malformedField(.data) }
        let data = UnsafeRawBufferPointer(rebasing: bytes[start..<close])
        var index = close + 1
        while index < bytes.count, bytes[index] == ASCII.openBracket {
            var end = index + 1
            while end < bytes.count, bytes[end] != ASCII.closeBracket { end += 1 }
            guard end < bytes.count, end > index + 1 else { throw .malformedField(.extendedData) }
            frame.extendedData.append(
                DC09ExtendedData(
                    letter: Character(Unicode.Scalar(bytes[index + 1])),
                    value: WireText.string(bytes, (index + 2)..<end)
                )
            )
            index = end + 1
        }
        if index < bytes.count {
            guard bytes[index] == ASCII.underscore else { throw .malformedField(.extendedData) }
            guard let timestamp = DC09Timestamp(wire: UnsafeRawBufferPointer(rebasing: bytes[(index + 1)...])) else {
                throw .malformedField(.timestamp)
            }
            frame.timestamp = timestamp
        }
        frame.data = WireText.string(data)
        try DC09DataDecoder.decode(data, into: &frame, quirks: &quirks)
    }

    private func checkWindow(_ timestamp: DC09Timestamp, profile: DC09AccountProfile?) throws(DC09Error) {
        let skew = timestamp.epochSeconds - (profile?.clockOffset ?? 0) - options.now()
        guard skew >= -options.maximumAge, skew <= options.maximumAdvance else {
            throw .timestampOutsideWindow(skew: skew)
        }
    }
}
