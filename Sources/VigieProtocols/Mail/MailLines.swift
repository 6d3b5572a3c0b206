import VigieCore

/// Line handling shared by the mail readers: e-mail lines end in CRLF, but some devices write LF alone.
public enum MailLines {
    /// The lines of `bytes`, without their line breaks.
    static func split(_ bytes: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                var end = index
                if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                lines.append(bytes[start..<end])
                start = index + 1
            }
            index += 1
        }
        if start < bytes.endIndex { lines.append(bytes[start...]) }
        return lines
    }

    /// Where the header block ends and the body begins: after the first empty line (`nil`: headers only).
    static func bodyStart(_ bytes: ArraySlice<UInt8>) -> (headersEnd: Int, bodyStart: Int)? {
        var index = bytes.startIndex
        var lineStart = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n") {
                let line = bytes[lineStart..<index]
                if line.isEmpty || (line.count == 1 && line.first == UInt8(ascii: "\r")) { return (lineStart, index + 1) }
                lineStart = index + 1
            }
            index += 1
        }
        return nil
    }
}

extension MailLines {
    /// Message bytes as readable text for a stored record: printable ASCII, line breaks and tabs as they are, any
    /// other byte written `\xNN` (as DC-09 frames are kept).
    public static func printable(_ bytes: ArraySlice<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for byte in bytes {
            if (byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\")) || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                output.append(byte)
            } else {
                output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x"), Hex.upper[Int(byte >> 4)], Hex.upper[Int(byte & 0xF)]])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
