import Foundation
import VigieCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The Immix "Generic Stream" body many cameras and analytics send (docs/video.md):
/// `<Alarm><Input1>1</Input1><EventType>MotionDetected</EventType><ExtraText>…</ExtraText><DateTime>…</DateTime></Alarm>`.
public struct ImmixAlarmXML: Sendable, Hashable {
    /// The `<Alarm>` element's children by name, their text trimmed.
    public var fields: [String: String]

    /// Reads `text` when it is an `<Alarm>` document; `nil` for any other text (a plain e-mail body).
    public init?(_ text: String) {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard start.hasPrefix("<Alarm") || (start.hasPrefix("<?xml") && start.contains("<Alarm")) else { return nil }
        let reader = Reader()
        let parser = XMLParser(data: Data(start.utf8))
        parser.delegate = reader
        guard parser.parse(), reader.sawAlarm else { return nil }
        fields = reader.fields
    }

    public var eventType: String? { fields["EventType"].flatMap { $0.isEmpty ? nil : $0 } }
    public var extraText: String? { fields["ExtraText"].flatMap { $0.isEmpty ? nil : $0 } }
    /// The camera's time of the event.
    public var dateTime: Date? { fields["DateTime"].flatMap(Date.init(iso8601:)) }
    /// The first `InputN` that is set: the camera input or analytics channel that alarmed.
    public var input: Int? {
        fields.keys.filter { $0.hasPrefix("Input") }.compactMap { Int($0.dropFirst(5)) }.sorted().first { fields["Input\($0)"] != "0" }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var fields: [String: String] = [:]
        var sawAlarm = false
        private var depth = 0
        private var current: String?
        private var text = ""

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            depth += 1
            if depth == 1 {
                sawAlarm = elementName == "Alarm"
            } else if depth == 2 {
                current = elementName
                text = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if current != nil { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if depth == 2, let name = current {
                fields[name] = text.trimmingCharacters(in: .whitespacesAndNewlines)
                current = nil
            }
            depth -= 1
        }
    }
}
