/// The body parts of a multipart entity (RFC 2046 §5.1.1): what lies between `--boundary` lines, up to the closing
/// `--boundary--`; the preamble and epilogue are dropped.
enum MultipartBody {
    /// - Throws: ``MailError/noParts`` when the boundary never appears, ``MailError/unterminatedMultipart`` when the
    ///   closing boundary is missing (a truncated message).
    static func entities(of body: ArraySlice<UInt8>, boundary: String) throws(MailError) -> [ArraySlice<UInt8>] {
        let delimiter = Array("--\(boundary)".utf8)
        var entities: [ArraySlice<UInt8>] = []
        var entityStart: Int?
        var lineStart = body.startIndex
        var closed = false
        while lineStart < body.endIndex {
            let newline = body[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let lineEnd = newline ?? body.endIndex
            let line = body[lineStart..<lineEnd]
            if line.starts(with: delimiter) {
                let after = line.dropFirst(delimiter.count)
                let isClose = after.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
                let rest = isClose ? after.dropFirst(2) : after
                if rest.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }) {
                    if let start = entityStart { entities.append(body[start..<lineBreakStart(before: lineStart, in: body, from: start)]) }
                    if isClose {
                        closed = true
                        break
                    }
                    entityStart = newline.map { $0 + 1 } ?? body.endIndex
                }
            }
            guard let newline else { break }
            lineStart = newline + 1
        }
        guard entityStart != nil else { throw .noParts }
        guard closed else { throw .unterminatedMultipart }
        return entities
    }

    /// The line break before a delimiter belongs to the delimiter, not to the part before it.
    private static func lineBreakStart(before index: Int, in body: ArraySlice<UInt8>, from start: Int) -> Int {
        var end = index
        if end > start, body[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, body[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }
}
