/// Reads the header of a DC-09 body: `"[*]token"`, sequence, `R`, `L`, `#account` (or `A0`), `[`.
struct DC09HeaderParser {
    let body: UnsafeRawBufferPointer
    /// Position after the `[` that opens the payload, once ``parse(quirks:)`` returned.
    private(set) var index = 0

    init(body: UnsafeRawBufferPointer) {
        self.body = body
    }

    mutating func parse(quirks: inout DC09Quirks) throws(DC09Error) -> DC09Frame {
        guard body.count > 2, body[0] == ASCII.quote else { throw .malformedField(.token) }
        var close = 1
        while close < body.count, close <= 20, body[close] != ASCII.quote { close += 1 }
        guard close < body.count, body[close] == ASCII.quote else { throw .malformedField(.token) }
        let isEncrypted = body[1] == ASCII.star
        let tokenStart = isEncrypted ? 2 : 1
        guard close > tokenStart else { throw .malformedField(.token) }
        let token = DC09Token(bytes: UnsafeRawBufferPointer(rebasing: body[tokenStart..<close]))
        index = close + 1

        guard index + 4 <= body.count else { throw .malformedField(.sequence) }
        for position in index..<(index + 4) {
            let byte = body[position]
            if ASCII.isDigit(byte) { continue }
            guard ASCII.isHexDigit(byte) else { throw .malformedField(.sequence) }
            quirks.insert(.hexSequence)
        }
        let sequence = WireText.string(body, index..<(index + 4))
        index += 4

        var receiver: String?
        if peek == 0x52 {  // R
            receiver = try hexRun(maximum: 6, field: .receiver, quirks: &quirks)
        }
        var line: String?
        if peek == 0x4C {  // L
            let start = index + 1
            line = try hexRun(maximum: 6, field: .line, quirks: &quirks)
            // `L0A0[` (the NAK form): "A" is a hex digit, so the run swallowed the `A0` placeholder.
            if peek == ASCII.openBracket, let placeholder = lastA(in: start..<index), placeholder > start {
                index = placeholder
                line = WireText.string(body, start..<placeholder)
            }
        } else {
            quirks.insert(.missingLine)
        }
        var account: String?
        switch peek {
        case ASCII.hash:
            account = try hexRun(maximum: 16, field: .account, quirks: &quirks)
        case 0x41:  // "A0": the NAK's placeholder for "no account"
            _ = try hexRun(maximum: 16, field: .account, quirks: &quirks)
        default:
            throw .malformedField(.account)
        }
        guard peek == ASCII.openBracket else { throw .malformedField(.account) }
        index += 1
        return DC09Frame(
            token: token, isEncrypted: isEncrypted, sequence: sequence, receiver: receiver, line: line, account: account
        )
    }

    /// Skips the field letter, then reads 1…`maximum` hex digits.
    private mutating func hexRun(maximum: Int, field: DC09Field, quirks: inout DC09Quirks) throws(DC09Error) -> String {
        index += 1
        let start = index
        while index < body.count, ASCII.isHexDigit(body[index]) {
            if ASCII.isLowercaseHexLetter(body[index]) { quirks.insert(.lowercaseHex) }
            index += 1
        }
        let count = index - start
        guard count >= 1, count <= maximum else { throw .malformedField(field) }
        return WireText.string(body, start..<index)
    }

    private func lastA(in range: Range<Int>) -> Int? {
        range.last { body[$0] == 0x41 }
    }

    private var peek: UInt8? { index < body.count ? body[index] : nil }
}
