import Foundation
import VigieCore

/// The Immix "Generic Stream" body many cameras and analytics send (docs/video.md):
/// `<Alarm><Input1>1</Input1><EventType>MotionDetected</EventType><ExtraText>…</ExtraText><DateTime>…</DateTime></Alarm>`.
public struct ImmixAlarmXML: Sendable, Hashable {
    /// The `<Alarm>` element's children by name, their text trimmed.
    public var fields: [String: String]

    /// Reads `text` when it is an `<Alarm>` document; `nil` for any other text (a plain e-mail body).
    public init?(_ text: String) {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard start.hasPrefix("<Alarm") || (start.hasPrefix("<?xml") && start.contains("<Alarm")) else { return nil }
        guard let document = FlatXML(Array(start.utf8)), document.root == "Alarm" else { return nil }
        fields = document.fields
    }

    public var eventType: String? { fields["EventType"].flatMap { $0.isEmpty ? nil : $0 } }
    public var extraText: String? { fields["ExtraText"].flatMap { $0.isEmpty ? nil : $0 } }
    /// The camera's time of the event.
    public var dateTime: Date? { fields["DateTime"].flatMap(Date.init(iso8601:)) }
    /// The first `InputN` that is set: the camera input or analytics channel that alarmed.
    public var input: Int? {
        fields.keys.filter { $0.hasPrefix("Input") }.compactMap { Int($0.dropFirst(5)) }.sorted().first { fields["Input\($0)"] != "0" }
    }
}
