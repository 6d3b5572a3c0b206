import Foundation

/// A `Content-Type` or `Content-Disposition` value: `image/jpeg; name="quai 2.jpg"`.
public struct MIMEContentType: Sendable, Hashable {
    /// Lower-case `type/subtype` (`multipart/mixed`), or the disposition (`attachment`).
    public var value: String
    /// Lower-case names; values unquoted.
    public var parameters: [String: String]

    public init(value: String, parameters: [String: String] = [:]) {
        self.value = value
        self.parameters = parameters
    }

    /// Reads a header value; absent or empty, it is `text/plain` (RFC 2045 §5.2).
    public init(header: String?) {
        guard let header, !header.trimmingCharacters(in: .whitespaces).isEmpty else {
            self.init(value: "text/plain")
            return
        }
        let pieces = Self.split(header)
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            let name = piece[piece.startIndex..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = piece[piece.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast()).replacingBackslashEscapes
            }
            parameters[name] = value
        }
        self.init(value: (pieces.first ?? "").trimmingCharacters(in: .whitespaces).lowercased(), parameters: parameters)
    }

    public var isMultipart: Bool { value.hasPrefix("multipart/") }

    /// Splits at semicolons outside quotes.
    private static func split(_ header: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in header {
            if escaped {
                escaped = false
            } else if character == "\\" && quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                pieces.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        pieces.append(current)
        return pieces
    }
}

extension String {
    /// `\"` and `\\` inside a quoted string, as what they stand for.
    fileprivate var replacingBackslashEscapes: String {
        var output = ""
        var escaped = false
        for character in self {
            if escaped || character != "\\" {
                output.append(character)
                escaped = false
            } else {
                escaped = true
            }
        }
        return output
    }
}
