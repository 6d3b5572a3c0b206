import Foundation
import VigieCore

/// The `<EventNotificationAlert>` document a Hikvision camera or recorder posts to its "HTTP listening" host and
/// writes on its `alertStream` (docs/video.md §2.3): `eventType` (`VMD`, `linedetection`, `fielddetection`,
/// `tamperdetection`, `videoloss`…), `eventState` `active`/`inactive`, `channelID`, `dateTime`, `eventDescription`.
/// Both namespaces (`hikvision.com/ver20` and the older `psialliance-org`) read the same.
public struct HikvisionEventAlert: Sendable, Hashable {
    /// The root's children by name (without namespace prefix), their text trimmed.
    public var fields: [String: String]

    /// - Throws: ``PushError/notAnEventAlert`` for anything but a well-formed `EventNotificationAlert` document.
    public init(parsing bytes: [UInt8]) throws(PushError) {
        guard let document = FlatXML(bytes), document.root == "EventNotificationAlert" else { throw .notAnEventAlert }
        fields = document.fields
    }

    public var eventType: String? { value("eventType") }
    /// `active` unless the camera says `inactive` (the end of a detection).
    public var isActive: Bool { value("eventState")?.lowercased() != "inactive" }
    /// The channel, recorder channel or alarm input that raised it.
    public var channel: Int? { (value("channelID") ?? value("dynChannelID") ?? value("inputIOPortID")).flatMap { Int($0) } }
    public var dateTime: Date? { value("dateTime").flatMap(Date.init(iso8601:)) }
    public var eventDescription: String? { value("eventDescription") }
    public var channelName: String? { value("channelName") }

    /// The periodic `videoloss` / `inactive` a Hikvision device sends to say it is alive: no event for the operator.
    public var isKeepAlive: Bool { eventType?.lowercased() == "videoloss" && !isActive }

    /// The event as the station records it, in the zone it attributes to the camera: an alarm, or the restore that
    /// ends it when the state is `inactive`.
    public func event(zone: Int?) -> SignalEvent {
        let entry = CameraEventTable.entry(for: eventType)
        let text = [channelName, eventDescription].compactMap { $0 }.joined(separator: " — ")
        return SignalEvent(
            code: eventType ?? "CAM", qualifier: isActive ? .alarm : .restore, category: entry.category, zone: zone,
            description: entry.description, frenchDescription: entry.frenchDescription,
            text: text.isEmpty ? nil : String(text.prefix(CameraMail.longestText)))
    }

    private func value(_ name: String) -> String? {
        fields[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
