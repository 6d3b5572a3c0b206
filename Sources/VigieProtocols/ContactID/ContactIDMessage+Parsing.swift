extension ContactIDMessage {
    /// Parses 16 digits; spaces anywhere are ignored (`1234 18 1 131 01 015 8`).
    /// - Throws: ``ContactIDError/badLength(_:)``, ``ContactIDError/malformedField(_:)``,
    ///   ``ContactIDError/badChecksum``.
    public init(parsing text: String) throws(ContactIDError) {
        let digits = text.utf8.filter { $0 != ASCII.space }
        guard digits.count == 16 else { throw .badLength(digits.count) }
        guard digits.allSatisfy({ Self.value($0) != nil }) else { throw .malformedField("digit") }
        let sum = digits.reduce(0) { $0 + (Self.value($1) ?? 0) }
        guard sum % 15 == 0 else { throw .badChecksum }
        let upper = digits.map { $0 >= 0x61 ? $0 - 0x20 : $0 }
        guard upper[0...3].allSatisfy(ContactIDEvent.isCIDDigit) else { throw .malformedField("account") }
        let messageType = String(decoding: upper[4...5], as: UTF8.self)
        guard ["18", "98", "58"].contains(messageType) else { throw .malformedField("messageType") }
        let event = try ContactIDEvent(digits: Array(upper[6...14]))
        self.init(account: String(decoding: upper[0...3], as: UTF8.self), messageType: messageType, event: event)
    }
}
