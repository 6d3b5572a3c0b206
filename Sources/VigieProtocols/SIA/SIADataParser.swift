import VigieCore

/// The DC-03 data-block grammar, on bytes (protocols.md §3.1).
///
/// Tolerates what real panels send: no `/` between modifier and code (`Nri1BA5`), no `#account|`,
/// an empty account (`|Nri1/CL501`), no `N` function code, modifiers before the code, `^text^`
/// descriptors, several events per block, `|A` text blocks and further `N`/`O` blocks.
struct SIADataParser {
    let bytes: UnsafeRawBufferPointer
    var index = 0
    var partition: String?
    var user: String?
    var modifiers: [String: String] = [:]
    var events: [DecodedEvent] = []

    static func parse(_ bytes: UnsafeRawBufferPointer) throws(SIAError) -> SIADataBlock {
        var parser = SIADataParser(bytes: bytes)
        return try parser.parseBlock()
    }

    private mutating func parseBlock() throws(SIAError) -> SIADataBlock {
        var account: String?
        var lacksAccount = false
        if peek == ASCII.hash {
            let start = index + 1
            guard let bar = firstIndex(of: ASCII.pipe, from: start) else { throw .malformed(offset: index) }
            account = bar > start ? WireText.string(bytes, start..<bar) : nil
            lacksAccount = account == nil
            index = bar + 1
        } else if peek == ASCII.pipe {
            lacksAccount = true
            index += 1
        } else {
            lacksAccount = true
        }
        var text: String?
        var first = true
        while index < bytes.count {
            let blockCode = bytes[index]
            if !first, blockCode == 0x41 {  // "A": ASCII text block
                let end = firstIndex(of: ASCII.pipe, from: index + 1) ?? bytes.count
                text = WireText.string(bytes, (index + 1)..<end)
                index = end
            } else if first || blockCode == 0x4E || blockCode == 0x4F {
                try parseFunctionBlock()
            } else {
                // Other DC-03 blocks (E environmental, C control, X extended…) carry no event: skip.
                index = firstIndex(of: ASCII.pipe, from: index) ?? bytes.count
            }
            first = false
            if index < bytes.count {
                guard bytes[index] == ASCII.pipe else { throw .malformed(offset: index) }
                index += 1
            }
        }
        if let text {
            for position in events.indices where events[position].text == nil { events[position].text = text }
        }
        if events.isEmpty && text == nil { throw .empty }
        return SIADataBlock(account: account, lacksAccount: lacksAccount, events: events, text: text)
    }

    /// `N`/`O` followed by modifiers and events up to the next `|`.
    private mutating func parseFunctionBlock() throws(SIAError) {
        partition = nil
        user = nil
        modifiers = [:]
        var isOld = false
        if let function = peek, function == 0x4E || function == 0x4F, startsElementOrEnd(at: index + 1) {
            isOld = function == 0x4F
            index += 1
        }
        while index < bytes.count, bytes[index] != ASCII.pipe {
            let byte = bytes[index]
            if byte == ASCII.slash {
                index += 1
            } else if ASCII.isLowercaseLetter(byte), index + 1 < bytes.count, ASCII.isLowercaseLetter(bytes[index + 1]) {
                try parseModifier()
            } else if ASCII.isUppercaseLetter(byte), index + 1 < bytes.count, ASCII.isUppercaseLetter(bytes[index + 1]) {
                try parseEvent(isOld: isOld)
            } else {
                throw .malformed(offset: index)
            }
        }
    }

    private mutating func parseModifier() throws(SIAError) {
        let name = WireText.string(bytes, index..<(index + 2))
        index += 2
        let start = index
        while let byte = peek, ASCII.isDigit(byte) || byte == ASCII.colon || byte == ASCII.minus || byte == 0x2E {
            index += 1
        }
        let value = WireText.string(bytes, start..<index)
        switch name {
        case "ri": partition = value
        case "id": user = value
        default: modifiers[name] = value
        }
        if let descriptor = try parseDescriptor() { modifiers[name + ".text"] = descriptor }
    }

    private mutating func parseEvent(isOld: Bool) throws(SIAError) {
        let codeStart = index
        index += 2
        let start = index
        while let byte = peek, Self.isAddressByte(byte) {
            if ASCII.isUppercaseLetter(byte), index + 1 < bytes.count, ASCII.isUppercaseLetter(bytes[index + 1]) { break }
            index += 1
        }
        let address = index > start ? WireText.string(bytes, start..<index) : nil
        let text = try parseDescriptor()
        events.append(makeEvent(at: codeStart, address: address, text: text, isOld: isOld))
    }

    private func makeEvent(at start: Int, address: String?, text: String?, isOld: Bool) -> DecodedEvent {
        let code = WireText.string(bytes, start..<(start + 2))
        let info = SIACodeTable.info(bytes[start], bytes[start + 1])
        var event = DecodedEvent(
            code: code, format: .sia, qualifier: info?.qualifier ?? .alarm, partition: partition, user: user,
            category: info?.category ?? .unknown, description: info?.name ?? "Unknown SIA code \(code)",
            frenchDescription: info?.frenchName ?? "Code SIA inconnu \(code)", text: text, isOld: isOld, modifiers: modifiers
        )
        switch info?.address {
        case .user where event.user == nil: event.user = address
        case .area where event.partition == nil: event.partition = address
        default: event.zone = address
        }
        return event
    }

    /// `^text^` after a modifier or event.
    private mutating func parseDescriptor() throws(SIAError) -> String? {
        guard peek == ASCII.caret else { return nil }
        guard let end = firstIndex(of: ASCII.caret, from: index + 1) else { throw .malformed(offset: index) }
        let text = WireText.string(bytes, (index + 1)..<end)
        index = end + 1
        return text
    }

    private func startsElementOrEnd(at position: Int) -> Bool {
        guard position < bytes.count else { return true }
        let byte = bytes[position]
        if byte == ASCII.slash || byte == ASCII.pipe || byte == ASCII.caret { return true }
        guard position + 1 < bytes.count else { return false }
        let next = bytes[position + 1]
        return (ASCII.isLowercaseLetter(byte) && ASCII.isLowercaseLetter(next))
            || (ASCII.isUppercaseLetter(byte) && ASCII.isUppercaseLetter(next))
    }

    @inline(__always)
    private static func isAddressByte(_ byte: UInt8) -> Bool {
        ASCII.isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || byte == ASCII.minus || byte == ASCII.colon
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func firstIndex(of byte: UInt8, from start: Int) -> Int? {
        var position = start
        while position < bytes.count {
            if bytes[position] == byte { return position }
            position += 1
        }
        return nil
    }
}
