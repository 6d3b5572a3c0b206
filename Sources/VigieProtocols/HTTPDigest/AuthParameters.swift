import Foundation

/// The `auth-param` list of an authentication header (RFC 9110 §11.2): `name=token` or `name="quoted string"`,
/// separated by commas, names compared without case.
struct AuthParameters: Sendable, Hashable {
    /// Lower-cased names and their unquoted values, in header order.
    private(set) var values: [String: String] = [:]

    subscript(name: String) -> String? { values[name] }

    /// The parameters of a `Digest …` header value (a challenge or credentials): the scheme, then at least one space
    /// (RFC 9110 §11.3–11.4), then the list. Another scheme, or none, is ``DigestError/notDigest``.
    init(digestHeader header: String) throws(DigestError) {
        let trimmed = header.drop(while: Self.isSpace)
        let scheme = trimmed.prefix(while: Self.isTokenCharacter)
        let rest = trimmed.dropFirst(scheme.count)
        guard scheme.lowercased() == "digest", rest.first.map(Self.isSpace) ?? true else { throw .notDigest }
        try self.init(parsing: rest)
    }

    /// Reads `text`, what follows the scheme name. A duplicated name, an unterminated quote or text that is
    /// neither a token nor a quoted string is malformed.
    init(parsing text: Substring) throws(DigestError) {
        var rest = text[...]
        while true {
            rest = rest.drop { Self.isSpace($0) || $0 == "," }
            if rest.isEmpty { return }
            let name = rest.prefix { Self.isTokenCharacter($0) }
            guard !name.isEmpty else { throw .malformed("unexpected \(rest.first.map { "\"\($0)\"" } ?? "end")") }
            rest = rest.dropFirst(name.count).drop(while: Self.isSpace)
            guard rest.first == "=" else { throw .malformed("\(name) has no value") }
            rest = rest.dropFirst().drop(while: Self.isSpace)
            let value: String
            if rest.first == "\"" {
                (value, rest) = try Self.quoted(rest.dropFirst(), name: name)
            } else {
                let token = rest.prefix { Self.isTokenCharacter($0) }
                guard !token.isEmpty else { throw .malformed("\(name) has no value") }
                value = String(token)
                rest = rest.dropFirst(token.count)
            }
            let key = name.lowercased()
            guard values[key] == nil else { throw .malformed("\(name) appears twice") }
            values[key] = value
            rest = rest.drop(while: Self.isSpace)
            guard rest.isEmpty || rest.first == "," else { throw .malformed("text after \(name)'s value") }
        }
    }

    /// The content of a quoted string whose opening quote is consumed, with `\` escapes resolved, and what follows it.
    private static func quoted(_ text: Substring, name: Substring) throws(DigestError) -> (String, Substring) {
        var value = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "\"" { return (value, text[text.index(after: index)...]) }
            if character == "\\" {
                index = text.index(after: index)
                guard index < text.endIndex else { break }
            }
            value.append(text[index])
            index = text.index(after: index)
        }
        throw .malformed("\(name)'s quoted value is not closed")
    }

    /// RFC 9110 `OWS`: a space or a tab.
    static func isSpace(_ character: Character) -> Bool { character == " " || character == "\t" }

    /// RFC 9110 `tchar`.
    static func isTokenCharacter(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5A) || (ascii >= 0x61 && ascii <= 0x7A)
            || "!#$%&'*+-.^_`|~".utf8.contains(ascii)
    }

    /// `value` as a quoted string: `"` and `\` escaped.
    static func quote(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
