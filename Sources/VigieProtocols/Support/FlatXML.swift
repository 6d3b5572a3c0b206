import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small XML document read as its root element's name and its direct children's texts: the shape of the event
/// documents cameras send (Immix `<Alarm>`, Hikvision `<EventNotificationAlert>`). Names lose their namespace
/// prefix; deeper elements are ignored; a child named twice keeps its first value.
///
/// Foundation's `XMLParser` does the reading (it refuses external entities by default): only the walk is ours.
struct FlatXML: Sendable, Hashable {
    var root: String
    var fields: [String: String]

    /// `nil` when `bytes` is not well-formed XML.
    init?(_ bytes: [UInt8]) {
        let reader = Reader()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        // Foundation on Linux reports success for a document cut short: the root must also have been closed.
        guard parser.parse(), reader.closed, let root = reader.root else { return nil }
        self.root = root
        fields = reader.fields
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: String?
        var fields: [String: String] = [:]
        var closed = false
        private var depth = 0
        private var current: String?
        private var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            let name = String(elementName.split(separator: ":").last ?? "")
            if depth == 1 {
                root = name
            } else if depth == 2 {
                current = name
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if current != nil, depth == 2 { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if depth == 2, let name = current {
                if fields[name] == nil { fields[name] = text.trimmingCharacters(in: .whitespacesAndNewlines) }
                current = nil
            }
            if depth == 1 { closed = true }
            depth -= 1
        }
    }
}
