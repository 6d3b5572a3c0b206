import Foundation

/// A header block (RFC 5322 §2.2): fields in order, folded lines unfolded, names compared without case.
public struct MailHeaders: Sendable, Hashable {
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: String
    }

    public private(set) var fields: [Field]

    public init(fields: [Field] = []) {
        self.fields = fields
    }

    /// The first field of this name, its encoded words (RFC 2047) decoded.
    public subscript(name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }.map { EncodedWords.decode($0.value) }
    }

    /// Reads the header block of an entity, without the blank line that ends it. Lines may end in CRLF or LF alone.
    /// - Throws: ``MailError/malformedHeader(line:)``.
    public static func parse(_ bytes: ArraySlice<UInt8>) throws(MailError) -> MailHeaders {
        var fields: [Field] = []
        for (index, line) in MailLines.split(bytes).enumerated() where !line.isEmpty {
            if line.first == UInt8(ascii: " ") || line.first == UInt8(ascii: "\t") {
                guard !fields.isEmpty else { throw .malformedHeader(line: index + 1) }
                fields[fields.count - 1].value += " " + MIMEText.decode(line, charset: nil).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                line[line.startIndex..<colon].allSatisfy({ $0 > 0x20 && $0 < 0x7F })
            else { throw .malformedHeader(line: index + 1) }
            fields.append(
                Field(
                    name: MIMEText.decode(line[line.startIndex..<colon], charset: nil),
                    value: MIMEText.decode(line[(colon + 1)...], charset: nil).trimmingCharacters(in: .whitespaces)))
        }
        return MailHeaders(fields: fields)
    }
}
