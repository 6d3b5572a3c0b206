import Foundation
import VigieCore

/// What a camera's alarm e-mail says, read as SureView and Immix read one: the subject is the operator's text, the
/// body is shown with the alarm (or, when it is an Immix `<Alarm>` document, gives the event type, input and time),
/// and the images and clips are the alarm's media.
public struct CameraMail: Sendable, Hashable {
    public var subject: String?
    /// The body's text when it is not an Immix document.
    public var body: String?
    public var immix: ImmixAlarmXML?
    public var media: [MIMEPart]

    public init(_ message: MailMessage) {
        subject = message.subject.flatMap { $0.isEmpty ? nil : $0 }
        let texts = message.parts.filter { !$0.isAttachment && ($0.contentType.value == "text/plain" || $0.contentType.value.hasSuffix("/xml")) }
        immix = texts.lazy.compactMap { ImmixAlarmXML($0.text) }.first
        let plain = message.text?.trimmingCharacters(in: .whitespacesAndNewlines)
        body = immix == nil ? plain.flatMap { $0.isEmpty ? nil : $0 } : nil
        media = message.media
    }

    /// The event the alarm is raised on, in the zone the station attributes to the camera.
    public func event(zone: Int?) -> SignalEvent {
        let type = immix?.eventType
        let entry = CameraEventTable.entry(for: type)
        let text = [subject, immix?.extraText, body.map { String($0.prefix(Self.longestText)) }].compactMap { $0 }.joined(separator: " — ")
        return SignalEvent(
            code: type ?? "CAM", qualifier: .alarm, category: entry.category, zone: zone, description: entry.description,
            frenchDescription: entry.frenchDescription, text: text.isEmpty ? nil : text)
    }

    /// The body kept with the event: enough for the operator, bounded for the store.
    static let longestText = 2000
}
