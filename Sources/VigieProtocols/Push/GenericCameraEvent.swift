import Foundation
import VigieCore

/// The station's own JSON form of a camera event, for analytics, video management systems and scripts that can
/// call a web hook but speak no vendor's format:
/// `{"type": "motion", "state": "active", "text": "Quai 2", "time": "2026-12-04T21:13:00+01:00", "images": ["<base64 JPEG>"]}`.
/// Every member may be left out: `{}` is a camera alarm, like an e-mail that names no type.
public struct GenericCameraEvent: Sendable, Hashable {
    /// An event type of ``CameraEventTable`` (`motion`, `linecrossing`, `tamper`…), or any other name, kept.
    public var type: String?
    /// `false` for `"state": "inactive"`: the end of the detection.
    public var isActive: Bool
    public var text: String?
    public var time: Date?
    /// The decoded images (JPEG or PNG), in the order given.
    public var images: [[UInt8]]

    /// Images one event may carry inline.
    public static let maximumImages = 8

    /// What images posted without any document mean: a camera alarm.
    static let cameraAlarm = GenericCameraEvent(type: nil, isActive: true, text: nil, time: nil, images: [])

    init(type: String?, isActive: Bool, text: String?, time: Date?, images: [[UInt8]]) {
        self.type = type
        self.isActive = isActive
        self.text = text
        self.time = time
        self.images = images
    }

    /// - Throws: ``PushError/malformedJSON(_:)`` naming the member that is wrong.
    public init(parsing bytes: [UInt8]) throws(PushError) {
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                throw PushError.malformedJSON("the JSON body is not an object")
            }
            object = parsed
        } catch let error as PushError {
            throw error
        } catch {
            throw .malformedJSON("the body is not JSON")
        }
        func text(_ name: String, maximum: Int) throws(PushError) -> String? {
            guard let value = object[name], !(value is NSNull) else { return nil }
            guard let string = value as? String else { throw .malformedJSON("\"\(name)\" must be a string") }
            guard string.count <= maximum else { throw .malformedJSON("\"\(name)\" is longer than \(maximum) characters") }
            return string.isEmpty ? nil : string
        }
        type = try text("type", maximum: 64)
        switch try text("state", maximum: 16)?.lowercased() {
        case nil, "active": isActive = true
        case "inactive": isActive = false
        case .some: throw .malformedJSON("\"state\" must be \"active\" or \"inactive\"")
        }
        self.text = try text("text", maximum: CameraMail.longestText)
        if let time = try text("time", maximum: 64) {
            guard let date = Date(iso8601: time) else { throw .malformedJSON("\"time\" must be an ISO 8601 date with its offset") }
            self.time = date
        } else {
            self.time = nil
        }
        guard let images = object["images"], !(images is NSNull) else {
            self.images = []
            return
        }
        guard let list = images as? [Any] else { throw .malformedJSON("\"images\" must be a list of base64 strings") }
        guard list.count <= Self.maximumImages else { throw .malformedJSON("\"images\" holds more than \(Self.maximumImages) images") }
        var decoded: [[UInt8]] = []
        for (index, item) in list.enumerated() {
            guard let string = item as? String, let data = Data(base64Encoded: string, options: .ignoreUnknownCharacters), !data.isEmpty else {
                throw .malformedJSON("\"images\"[\(index)] is not base64")
            }
            decoded.append(Array(data))
        }
        self.images = decoded
    }

    public func event(zone: Int?) -> SignalEvent {
        let entry = CameraEventTable.entry(for: type)
        return SignalEvent(
            code: type ?? "CAM", qualifier: isActive ? .alarm : .restore, category: entry.category, zone: zone, description: entry.description,
            frenchDescription: entry.frenchDescription, text: text)
    }
}
