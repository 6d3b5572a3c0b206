extension DC09Timestamp {
    /// Parses `HH:MM:SS,MM-DD-YYYY` (19 bytes, no leading `_`); `nil` if malformed.
    init?(wire bytes: UnsafeRawBufferPointer) {
        guard bytes.count == 19, bytes[2] == ASCII.colon, bytes[5] == ASCII.colon, bytes[8] == ASCII.comma,
            bytes[11] == ASCII.minus, bytes[14] == ASCII.minus,
            let hour = Self.number(bytes, 0, 2), let minute = Self.number(bytes, 3, 2),
            let second = Self.number(bytes, 6, 2), let month = Self.number(bytes, 9, 2),
            let day = Self.number(bytes, 12, 2), let year = Self.number(bytes, 15, 4)
        else { return nil }
        self.init(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// Parses the wire form from a `String` (for the command line and tests).
    public init?(wire text: String) {
        var text = text
        if text.hasPrefix("_") { text.removeFirst() }
        guard let value = text.utf8.withContiguousStorageIfAvailable({ Self(wire: UnsafeRawBufferPointer($0)) })
        else { return nil }
        guard let value else { return nil }
        self = value
    }

    /// Appends `HH:MM:SS,MM-DD-YYYY` to `bytes`.
    func appendWire(to bytes: inout [UInt8]) {
        Self.appendDigits(hour, 2, &bytes)
        bytes.append(ASCII.colon)
        Self.appendDigits(minute, 2, &bytes)
        bytes.append(ASCII.colon)
        Self.appendDigits(second, 2, &bytes)
        bytes.append(ASCII.comma)
        Self.appendDigits(month, 2, &bytes)
        bytes.append(ASCII.minus)
        Self.appendDigits(day, 2, &bytes)
        bytes.append(ASCII.minus)
        Self.appendDigits(year, 4, &bytes)
    }

    private static func appendDigits(_ value: Int, _ width: Int, _ bytes: inout [UInt8]) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var value = value
        while divisor > 0 {
            bytes.append(0x30 + UInt8(value / divisor % 10))
            value %= divisor
            divisor /= 10
        }
    }

    @inline(__always)
    private static func number(_ bytes: UnsafeRawBufferPointer, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<(start + count) {
            let byte = bytes[index]
            guard ASCII.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
