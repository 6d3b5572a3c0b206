extension SurGardMessage {
    /// Parses one line (without DC4; leading CR/LF/NUL and trailing spaces are ignored).
    /// - Throws: ``SurGardError``.
    public init(parsing text: String) throws(SurGardError) {
        var bytes = Array(text.utf8)
        while let first = bytes.first, first == ASCII.carriageReturn || first == ASCII.lineFeed || first == ASCII.nul {
            bytes.removeFirst()
        }
        while let last = bytes.last, last == ASCII.space || last == ASCII.carriageReturn || last == ASCII.lineFeed {
            bytes.removeLast()
        }
        guard let format = bytes.first else { throw .malformedField("line") }
        switch format {
        case 0x31 where bytes.last == 0x40:  // "1…@"
            let (receiver, line, rest) = try Self.header(bytes)
            guard bytes[rest...].allSatisfy({ $0 == ASCII.space || $0 == 0x40 }) else { throw .malformedField("heartbeat") }
            self = .heartbeat(receiver: receiver, line: line)
        case 0x35: try self.init(contactIDLine: bytes)
        case 0x53: try self.init(siaLine: bytes)
        case 0x33: try self.init(protocol1Line: bytes)
        default: throw .unsupportedFormat(String(decoding: [format], as: UTF8.self))
        }
    }

    /// `5RRL 18AAAAQXYZGGCCC[HH:MM:SS-dd/mm]`
    private init(contactIDLine bytes: [UInt8]) throws(SurGardError) {
        let (receiver, line, rest) = try Self.header(bytes)
        var body = Array(bytes[rest...].drop { $0 == ASCII.space })
        var time: String?
        if body.count > 14, Self.isClock(body.suffix(14)) {
            time = String(decoding: body.suffix(14), as: UTF8.self)
            body.removeLast(14)
            while body.last == ASCII.space { body.removeLast() }
        }
        guard body.count >= 11, body[0] == 0x31, body[1] == 0x38 else { throw .malformedField("messageType") }
        let account = body[2..<(body.count - 9)]
        guard !account.isEmpty, account.allSatisfy(ContactIDEvent.isCIDDigit) else { throw .malformedField("account") }
        var digits = Array(body.suffix(9))
        switch digits[0] {
        case 0x45, 0x31: digits[0] = 0x31  // E: new event / opening
        case 0x52, 0x33: digits[0] = 0x33  // R: restore / closing
        case 0x50, 0x36: digits[0] = 0x36  // P: previous, still present
        default: throw .malformedField("qualifier")
        }
        let event: ContactIDEvent
        do {
            event = try ContactIDEvent(digits: digits)
        } catch {
            throw .malformedField("event")
        }
        self = .contactID(receiver: receiver, line: line, account: String(decoding: account, as: UTF8.self), event: event)
        self.time = time
    }

    /// `SRRL[#AAAA|Nri1BA01]`
    private init(siaLine bytes: [UInt8]) throws(SurGardError) {
        let (receiver, line, rest) = try Self.header(bytes, until: ASCII.openBracket)
        guard rest < bytes.count, bytes[rest] == ASCII.openBracket, let close = bytes.lastIndex(of: ASCII.closeBracket),
            close > rest
        else { throw .malformedField("data") }
        do {
            self = try .sia(receiver: receiver, line: line, data: String(decoding: bytes[(rest + 1)..<close], as: UTF8.self))
        } catch {
            throw .malformedField("data")
        }
    }

    /// `3RRL    AAAAAAXXYYYY`
    private init(protocol1Line bytes: [UInt8]) throws(SurGardError) {
        let (receiver, line, rest) = try Self.header(bytes)
        let body = Array(bytes[rest...].drop { $0 == ASCII.space })
        guard body.count >= 7 else { throw .malformedField("event") }
        let zone = body.suffix(4)
        let code = body[(body.count - 6)..<(body.count - 4)]
        let account = body[..<(body.count - 6)]
        guard code.allSatisfy(ASCII.isUppercaseLetter), zone.allSatisfy(ASCII.isHexDigit),
            account.allSatisfy(ASCII.isHexDigit)
        else { throw .malformedField("event") }
        let text = String(decoding: code + zone, as: UTF8.self)
        let events: [DecodedEvent]
        do {
            events = try SIADataBlock(parsing: "N" + text).events
        } catch {
            throw .malformedField("event")
        }
        self.init(
            kind: .siaProtocol1, receiver: receiver, line: line, account: String(decoding: account, as: UTF8.self),
            events: events
        )
    }

    /// The receiver and line digits after the format character, up to a space (or `until`).
    private static func header(
        _ bytes: [UInt8], until stop: UInt8 = ASCII.space
    ) throws(SurGardError) -> (String, String, Int) {
        var end = 1
        while end < bytes.count, bytes[end] != stop, bytes[end] != ASCII.space { end += 1 }
        let digits = bytes[1..<end]
        guard (3...6).contains(digits.count), digits.allSatisfy(ASCII.isHexDigit) else { throw .malformedField("header") }
        let receiver = String(decoding: digits.prefix(2), as: UTF8.self)
        let line = String(decoding: digits.dropFirst(2), as: UTF8.self)
        return (receiver, line, end)
    }

    /// `HH:MM:SS-dd/mm`
    private static func isClock(_ bytes: ArraySlice<UInt8>) -> Bool {
        let shape = Array("00:00:00-00/00".utf8)
        return zip(bytes, shape).allSatisfy { byte, model in model == 0x30 ? ASCII.isDigit(byte) : byte == model }
    }
}
