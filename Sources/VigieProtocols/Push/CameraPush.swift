import Foundation
import VigieCore

/// What a camera pushed over HTTP, read from the request's `Content-Type` and body: a Hikvision
/// `EventNotificationAlert` (alone, or as the XML part of a `multipart/form-data` or `multipart/mixed` body beside
/// its JPEG), or the generic JSON event (alone, with inline images, or as a part beside image parts).
public struct CameraPush: Sendable, Hashable {
    public enum Document: Sendable, Hashable {
        case hikvision(HikvisionEventAlert)
        case generic(GenericCameraEvent)
        /// Images without any event document (a camera set to post its snapshot only): a camera alarm.
        case imagesOnly
    }

    /// An image or clip the push carried.
    public struct Medium: Sendable, Hashable {
        public var contentType: String
        public var fileName: String?
        public var bytes: [UInt8]
    }

    public var document: Document
    /// The event document's bytes as sent (empty for images alone): what tells one event from the next.
    public var documentBytes: [UInt8]
    public var media: [Medium]

    /// - Throws: ``PushError`` naming what could not be read.
    public init(contentType header: String?, body: [UInt8]) throws(PushError) {
        let type = MIMEContentType(header: header)
        if type.isMultipart {
            let message: MailMessage
            do {
                message = try MailMessage(entity: header ?? "", body: body)
            } catch {
                throw .malformedMultipart(error)
            }
            try self.init(parts: message.parts)
            return
        }
        switch Self.form(of: type.value, body: body[...]) {
        case .xml: self.init(document: .hikvision(try HikvisionEventAlert(parsing: body)), documentBytes: body, media: [])
        case .json:
            let event = try GenericCameraEvent(parsing: body)
            self.init(document: .generic(event), documentBytes: body, media: event.images.map(Self.inline))
        case nil: throw .unsupportedContentType(type.value)
        }
    }

    init(document: Document, documentBytes: [UInt8], media: [Medium]) {
        self.document = document
        self.documentBytes = documentBytes
        self.media = media
    }

    private init(parts: [MIMEPart]) throws(PushError) {
        var document: Document?
        var documentBytes: [UInt8] = []
        var media: [Medium] = []
        for part in parts {
            if part.isMedium {
                media.append(Medium(contentType: part.contentType.value, fileName: part.fileName, bytes: part.content))
                continue
            }
            guard document == nil, let form = Self.form(of: part.contentType.value, body: part.content[...]) else { continue }
            documentBytes = part.content
            switch form {
            case .xml: document = .hikvision(try HikvisionEventAlert(parsing: part.content))
            case .json:
                let event = try GenericCameraEvent(parsing: part.content)
                document = .generic(event)
                media += event.images.map(Self.inline)
            }
        }
        guard let found = document ?? (media.isEmpty ? nil : .imagesOnly) else { throw .noEvent }
        self.init(document: found, documentBytes: documentBytes, media: media)
    }

    /// The periodic keep-alive of a Hikvision device: nothing for the operator.
    public var isKeepAlive: Bool {
        if case .hikvision(let alert) = document { return alert.isKeepAlive }
        return false
    }

    /// The device's time of the event, when it says so.
    public var time: Date? {
        switch document {
        case .hikvision(let alert): alert.dateTime
        case .generic(let event): event.time
        case .imagesOnly: nil
        }
    }

    public func event(zone: Int?) -> SignalEvent {
        switch document {
        case .hikvision(let alert): alert.event(zone: zone)
        case .generic(let event): event.event(zone: zone)
        case .imagesOnly: GenericCameraEvent.cameraAlarm.event(zone: zone)
        }
    }

    private enum Form { case xml, json }

    /// XML or JSON by the declared type, or by the first byte when the type says only `text/plain` or
    /// `application/octet-stream` (cameras label their parts loosely).
    private static func form(of type: String, body: ArraySlice<UInt8>) -> Form? {
        if type.hasSuffix("/xml") || type.hasSuffix("+xml") { return .xml }
        if type.hasSuffix("/json") || type.hasSuffix("+json") { return .json }
        guard type == "text/plain" || type == "application/octet-stream" || type == "application/x-www-form-urlencoded" else { return nil }
        let first = body.first { ![0x20, 0x09, 0x0D, 0x0A].contains($0) }
        return first == UInt8(ascii: "<") ? .xml : first == UInt8(ascii: "{") ? .json : nil
    }

    private static func inline(_ bytes: [UInt8]) -> Medium {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47]
        return Medium(contentType: bytes.starts(with: png) ? "image/png" : "image/jpeg", fileName: nil, bytes: bytes)
    }
}
