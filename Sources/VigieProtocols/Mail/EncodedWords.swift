import Foundation

/// RFC 2047 encoded words in header values: `=?UTF-8?B?QWxhcm1l?=`, `=?ISO-8859-1?Q?D=E9tection?=`. Cameras
/// write accented subjects this way; what does not decode is kept as it came.
enum EncodedWords {
    static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var output = ""
        var rest = Substring(value)
        var previousWasEncoded = false
        while let start = rest.range(of: "=?") {
            let before = rest[rest.startIndex..<start.lowerBound]
            guard let word = word(in: rest[start.lowerBound...]) else {
                output += before + "=?"
                rest = rest[start.upperBound...]
                previousWasEncoded = false
                continue
            }
            // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
            if !(previousWasEncoded && before.allSatisfy(\.isWhitespace)) { output += before }
            output += word.text
            rest = rest[word.end...]
            previousWasEncoded = true
        }
        return output + rest
    }

    /// The encoded word at the start of `text`, decoded, and where it ends.
    private static func word(in text: Substring) -> (text: String, end: Substring.Index)? {
        let body = text.dropFirst(2)
        guard let charsetEnd = body.firstIndex(of: "?") else { return nil }
        let charset = body[body.startIndex..<charsetEnd]
        let afterCharset = body[body.index(after: charsetEnd)...]
        guard let encoding = afterCharset.first, afterCharset.dropFirst().first == "?" else { return nil }
        let payloadStart = afterCharset.index(afterCharset.startIndex, offsetBy: 2)
        guard let close = afterCharset[payloadStart...].range(of: "?=") else { return nil }
        let payload = afterCharset[payloadStart..<close.lowerBound]
        let bytes: [UInt8]?
        switch encoding {
        case "B", "b": bytes = Data(base64Encoded: String(payload), options: .ignoreUnknownCharacters).map(Array.init)
        case "Q", "q": bytes = QuotedPrintable.decode(Array(payload.utf8), underscoreIsSpace: true)
        default: bytes = nil
        }
        guard let bytes else { return nil }
        return (MIMEText.decode(bytes[...], charset: String(charset)), close.upperBound)
    }
}
