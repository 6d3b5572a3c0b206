import VigieCore

/// Builds the body of a frame (`"token"seq R L #acct [payload`), validating every field.
struct DC09BodyWriter {
    let message: DC09Message
    let key: DC09Key?
    let padding: DC09Padding

    func body(using generator: inout some RandomNumberGenerator) throws(DC09Error) -> [UInt8] {
        let encrypted = message.isEncrypted && message.token != .nak && message.token != .duh
        var body: [UInt8] = [ASCII.quote]
        if encrypted { body.append(ASCII.star) }
        let token = Array(message.token.text.utf8)
        guard !token.isEmpty, token.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != ASCII.quote }) else {
            throw .malformedField(.token)
        }
        body += token
        body.append(ASCII.quote)
        let sequence = Array(message.sequence.utf8)
        guard sequence.count == 4, sequence.allSatisfy(ASCII.isHexDigit) else { throw .malformedField(.sequence) }
        body += sequence
        if let receiver = message.receiver { try Self.append(0x52, receiver, 6, .receiver, to: &body) }
        if let line = message.line { try Self.append(0x4C, line, 6, .line, to: &body) }
        if let account = message.account {
            try Self.append(ASCII.hash, account, 16, .account, to: &body)
        } else {
            body += [0x41, 0x30]  // "A0"
        }
        body.append(ASCII.openBracket)
        let tail = try payloadTail()
        if encrypted {
            guard let key else { throw .noKey }
            guard message.timestamp != nil else { throw .missingTimestamp }
            let pad = padding.bytes(contentCount: tail.count, using: &generator)
            let plain = pad + [ASCII.pipe] + tail
            guard plain.count % 16 == 0 else { throw .malformedField(.data) }
            for byte in DC09Cipher.encrypt(plain, key: key) {
                body.append(Hex.upper[Int(byte >> 4)])
                body.append(Hex.upper[Int(byte & 0xF)])
            }
        } else {
            body += tail
        }
        return body
    }

    /// `data ] [x…]… _timestamp`.
    private func payloadTail() throws(DC09Error) -> [UInt8] {
        let data = Array(message.data.utf8)
        guard !data.contains(ASCII.closeBracket), !data.contains(ASCII.carriageReturn) else { throw .malformedField(.data) }
        var tail = data
        tail.append(ASCII.closeBracket)
        for block in message.extendedData {
            let value = Array(block.value.utf8)
            let letter = Array(String(block.letter).utf8)
            guard letter.count == 1, letter[0] != ASCII.closeBracket, !value.contains(ASCII.closeBracket),
                !value.contains(ASCII.carriageReturn)
            else { throw .malformedField(.extendedData) }
            tail.append(ASCII.openBracket)
            tail += letter + value
            tail.append(ASCII.closeBracket)
        }
        if let timestamp = message.timestamp {
            tail.append(ASCII.underscore)
            timestamp.appendWire(to: &tail)
        }
        return tail
    }

    private static func append(
        _ letter: UInt8, _ value: String, _ maximum: Int, _ field: DC09Field, to body: inout [UInt8]
    ) throws(DC09Error) {
        let bytes = Array(value.utf8)
        guard (1...maximum).contains(bytes.count), bytes.allSatisfy(ASCII.isHexDigit) else { throw .malformedField(field) }
        body.append(letter)
        body += bytes
    }
}
