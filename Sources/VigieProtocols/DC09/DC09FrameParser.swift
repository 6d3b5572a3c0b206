/// Splits a DC-09 frame into its outer parts: delimiters, CRC, length, body (protocols.md §1.3–1.5).
///
/// The body's header fields are read by `DC09HeaderParser`, its payload by `DC09PayloadParser`.
struct DC09FrameParser {
    let options: DC09DecodingOptions

    func parse(_ raw: UnsafeRawBufferPointer) throws(DC09Error) -> DC09Frame {
        var quirks: DC09Quirks = []
        var start = 0
        var end = raw.count
        var stripped = false
        while end > 0, Self.isTrailingFiller(raw[end - 1]) {
            end -= 1
            stripped = true
        }
        if end > 0, raw[end - 1] == ASCII.carriageReturn {
            end -= 1
            if stripped { quirks.insert(.trailingBytes) }
        } else {
            quirks.insert(.missingDelimiters)
        }
        if start < end, raw[start] == ASCII.lineFeed {
            start += 1
        } else {
            quirks.insert(.missingDelimiters)
        }
        let frame = UnsafeRawBufferPointer(rebasing: raw[start..<end])
        let crcFormat: DC09CRCFormat
        let lengthStart: Int
        if frame.count >= 9, frame[8] == ASCII.quote {
            crcFormat = .ascii
            lengthStart = 4
        } else if frame.count >= 7, frame[6] == ASCII.quote {
            crcFormat = .binary
            lengthStart = 2
            quirks.insert(.binaryCRC)
        } else {
            throw .malformedField(.framing)
        }
        let body = UnsafeRawBufferPointer(rebasing: frame[(lengthStart + 4)...])
        try checkLength(frame, at: lengthStart, bodyCount: body.count, quirks: &quirks)
        try checkCRC(frame, format: crcFormat, body: body, quirks: &quirks)
        var header = DC09HeaderParser(body: body)
        var frameValue = try header.parse(quirks: &quirks)
        frameValue.crcFormat = crcFormat
        let payload = DC09PayloadParser(options: options)
        try payload.parse(body, from: header.index, into: &frameValue, quirks: &quirks)
        frameValue.quirks = quirks
        return frameValue
    }

    private func checkLength(
        _ frame: UnsafeRawBufferPointer, at start: Int, bodyCount: Int, quirks: inout DC09Quirks
    ) throws(DC09Error) {
        var hex = 0
        var decimal = 0
        var isDecimal = true
        for position in start..<(start + 4) {
            let byte = frame[position]
            guard let value = ASCII.hexValue(byte) else { throw .malformedField(.length) }
            if ASCII.isLowercaseHexLetter(byte) { quirks.insert(.lowercaseHex) }
            hex = hex << 4 | Int(value)
            isDecimal = isDecimal && value < 10
            decimal = decimal * 10 + Int(value)
        }
        guard hex != bodyCount else { return }
        if options.acceptsDecimalLength, isDecimal, decimal == bodyCount {
            quirks.insert(.decimalLength)
            return
        }
        throw .badLength(declared: hex, actual: bodyCount)
    }

    private func checkCRC(
        _ frame: UnsafeRawBufferPointer, format: DC09CRCFormat, body: UnsafeRawBufferPointer, quirks: inout DC09Quirks
    ) throws(DC09Error) {
        var received: UInt16 = 0
        switch format {
        case .binary:
            received = UInt16(frame[0]) << 8 | UInt16(frame[1])
        case .ascii:
            for position in 0..<4 {
                let byte = frame[position]
                guard let value = ASCII.hexValue(byte) else { throw .malformedField(.crc) }
                if ASCII.isLowercaseHexLetter(byte) { quirks.insert(.lowercaseHex) }
                received = received << 4 | UInt16(value)
            }
        }
        let computed = CRC16.arc(body)
        guard received == computed else { throw .badCRC(received: received, computed: computed) }
    }

    @inline(__always)
    private static func isTrailingFiller(_ byte: UInt8) -> Bool {
        byte == ASCII.nul || byte == ASCII.space || byte == ASCII.lineFeed || byte == 0x09
    }
}
