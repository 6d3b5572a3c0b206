import VigieCore

extension ContactIDEvent {
    /// Parses `QEEE GG CCC`; the spaces may be missing (`QEEEGGCCC`), trailing spaces are ignored.
    /// - Throws: ``ContactIDError`` naming the bad field.
    public init(parsing text: String) throws(ContactIDError) {
        let bytes = Array(text.utf8)
        let result: Result<ContactIDEvent, ContactIDError> = bytes.withUnsafeBytes { bytes in
            do throws(ContactIDError) {
                return .success(try ContactIDEvent(bytes: bytes))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    init(bytes: UnsafeRawBufferPointer) throws(ContactIDError) {
        var end = bytes.count
        while end > 0, bytes[end - 1] == ASCII.space { end -= 1 }
        // Positions of Q, EEE, GG, CCC: with spaces after 4 and 6 digits, or without any.
        let spaced: Bool
        switch end {
        case 11:
            guard bytes[4] == ASCII.space, bytes[7] == ASCII.space else { throw .malformedField("separator") }
            spaced = true
        case 9: spaced = false
        default: throw .badLength(end)
        }
        guard let qualifier = Self.qualifier(bytes[0]) else { throw .malformedField("qualifier") }
        let group = spaced ? 5 : 4
        let zone = spaced ? 8 : 6
        guard Self.allCIDDigits(bytes, 1..<4) else { throw .malformedField("code") }
        guard Self.allCIDDigits(bytes, group..<(group + 2)) else { throw .malformedField("group") }
        guard Self.allCIDDigits(bytes, zone..<(zone + 3)) else { throw .malformedField("zone") }
        self.init(
            qualifier: qualifier, code: WireText.string(bytes, 1..<4), group: WireText.string(bytes, group..<(group + 2)),
            zoneOrUser: WireText.string(bytes, zone..<(zone + 3))
        )
    }

    private static func allCIDDigits(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
        for position in range where !isCIDDigit(bytes[position]) { return false }
        return true
    }

    /// From the 9 significant characters `Q EEE GG CCC`.
    init(digits: [UInt8]) throws(ContactIDError) {
        guard let qualifier = Self.qualifier(digits[0]) else { throw .malformedField("qualifier") }
        guard digits[1...3].allSatisfy(Self.isCIDDigit) else { throw .malformedField("code") }
        guard digits[4...5].allSatisfy(Self.isCIDDigit) else { throw .malformedField("group") }
        guard digits[6...8].allSatisfy(Self.isCIDDigit) else { throw .malformedField("zone") }
        self.init(
            qualifier: qualifier, code: String(decoding: digits[1...3], as: UTF8.self),
            group: String(decoding: digits[4...5], as: UTF8.self),
            zoneOrUser: String(decoding: digits[6...8], as: UTF8.self)
        )
    }

    static func qualifier(_ byte: UInt8) -> EventQualifier? {
        switch byte {
        case 0x31: .alarm
        case 0x33: .restore
        case 0x36: .status
        default: nil
        }
    }

    /// Contact ID digits are 0–9 and B–F (A is never sent: 0 is valued 10).
    static func isCIDDigit(_ byte: UInt8) -> Bool {
        ASCII.isDigit(byte) || (byte >= 0x42 && byte <= 0x46)
    }
}
