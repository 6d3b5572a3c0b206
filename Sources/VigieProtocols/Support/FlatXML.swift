import Foundation

/// A small XML document read as its root element's name and its direct children's texts: the shape of the event
/// documents cameras send (Immix `<Alarm>`, Hikvision `<EventNotificationAlert>`). Names lose their namespace
/// prefix; deeper elements are ignored; a child named twice keeps its first value; attributes are skipped.
///
/// Read here rather than with Foundation's `XMLParser`: on Linux it traps or crashes on hostile bytes (a name that is
/// not UTF-8, a NUL in a name, a `<` inside a tag: found by FuzzCameraPush), and XMLCoder and SWXMLHash are built on
/// it. This reader refuses anything that is not a well-formed element tree of that shape (no DTD, so no entity
/// expansion), in one pass over the bytes.
struct FlatXML: Sendable, Hashable {
    var root: String
    var fields: [String: String]

    /// `nil` when `bytes` is not well-formed XML (or holds a DTD).
    init?(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return nil }
        var reader = Reader(scalars: Array(text.unicodeScalars))
        guard let document = reader.document() else { return nil }
        (root, fields) = document
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        mutating func document() -> (String, [String: String])? {
            var open: [String] = []
            var root: String?
            var fields: [String: String] = [:]
            var text = ""
            while index < scalars.count {
                if scalars[index] != "<" {
                    guard !open.isEmpty || scalars[index].properties.isWhitespace || scalars[index] == "\u{FEFF}" else { return nil }
                    text.unicodeScalars.append(scalars[index])
                    index += 1
                    continue
                }
                if skip("<?", to: "?>") || skip("<!--", to: "-->") { continue }
                if starts(with: "<![CDATA[") {
                    index += 9
                    guard let end = find("]]>") else { return nil }
                    text.unicodeScalars.append(contentsOf: scalars[index..<end])
                    index = end + 3
                    continue
                }
                if starts(with: "<!") { return nil }
                index += 1
                let closing = index < scalars.count && scalars[index] == "/"
                if closing { index += 1 }
                guard let name = readName() else { return nil }
                guard let selfClosing = skipAttributes(closing: closing) else { return nil }
                if closing {
                    guard open.last == name else { return nil }
                    if open.count == 2, fields[local(name)] == nil {
                        fields[local(name)] = Self.decoded(text)?.trimmingCharacters(in: .whitespacesAndNewlines)
                    }
                    guard open.count != 2 || fields[local(name)] != nil else { return nil }
                    open.removeLast()
                } else {
                    guard root == nil || !open.isEmpty else { return nil }
                    if root == nil { root = local(name) }
                    if open.count == 1 { text = "" }
                    if selfClosing {
                        if open.count == 1, fields[local(name)] == nil { fields[local(name)] = "" }
                    } else {
                        open.append(name)
                    }
                    if selfClosing, open.isEmpty { break }
                }
                if open.count < 2 { text = "" }
            }
            guard open.isEmpty, let root else { return nil }
            while index < scalars.count {
                if skip("<!--", to: "-->") { continue }
                guard scalars[index].properties.isWhitespace else { return nil }
                index += 1
            }
            return (root, fields)
        }

        private func local(_ name: String) -> String {
            String(name.split(separator: ":").last ?? "")
        }

        private mutating func readName() -> String? {
            var name = ""
            while index < scalars.count {
                let scalar = scalars[index]
                guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || ["_", ":", "-", "."].contains(scalar) || scalar.value > 0x7F
                else { break }
                name.unicodeScalars.append(scalar)
                index += 1
            }
            return name.isEmpty ? nil : name
        }

        /// Skips to the end of the tag; whether it closed itself (`/>`), `nil` when it never ends or holds a `<`.
        private mutating func skipAttributes(closing: Bool) -> Bool? {
            var quote: Unicode.Scalar?
            while index < scalars.count {
                let scalar = scalars[index]
                index += 1
                if let open = quote {
                    if scalar == open { quote = nil } else if scalar == "<" { return nil }
                    continue
                }
                switch scalar {
                case "\"", "'": if closing { return nil } else { quote = scalar }
                case "<": return nil
                case ">": return index >= 2 && scalars[index - 2] == "/" && !closing
                default: continue
                }
            }
            return nil
        }

        private func starts(with prefix: String) -> Bool {
            let wanted = Array(prefix.unicodeScalars)
            return index + wanted.count <= scalars.count && Array(scalars[index..<(index + wanted.count)]) == wanted
        }

        private func find(_ terminator: String) -> Int? {
            let wanted = Array(terminator.unicodeScalars)
            var at = index
            while at + wanted.count <= scalars.count {
                if Array(scalars[at..<(at + wanted.count)]) == wanted { return at }
                at += 1
            }
            return nil
        }

        /// Skips a declaration or comment that starts here; `false` when none does.
        private mutating func skip(_ opening: String, to terminator: String) -> Bool {
            guard starts(with: opening) else { return false }
            index += opening.unicodeScalars.count
            index = (find(terminator).map { $0 + terminator.unicodeScalars.count }) ?? scalars.count + 1
            return true
        }

        /// The five predefined entities and character references; `nil` for any other `&`.
        static func decoded(_ text: String) -> String? {
            guard text.contains("&") else { return text }
            var result = ""
            var rest = Substring(text)
            while let amp = rest.firstIndex(of: "&") {
                result += rest[..<amp]
                guard let semicolon = rest[amp...].firstIndex(of: ";") else { return nil }
                let entity = rest[rest.index(after: amp)..<semicolon]
                switch entity {
                case "lt": result += "<"
                case "gt": result += ">"
                case "amp": result += "&"
                case "quot": result += "\""
                case "apos": result += "'"
                default:
                    let number: UInt32?
                    if entity.hasPrefix("#x") {
                        number = UInt32(entity.dropFirst(2), radix: 16)
                    } else if entity.hasPrefix("#") {
                        number = UInt32(entity.dropFirst())
                    } else {
                        number = nil
                    }
                    guard let number, let scalar = Unicode.Scalar(number), number != 0 else { return nil }
                    result.unicodeScalars.append(scalar)
                }
                rest = rest[rest.index(after: semicolon)...]
            }
            return result + rest
        }
    }
}
