import Foundation

/// Why a camera's push could not be read: stored with the signal as its error (`malformedPush: …`) and answered
/// `400` (or `415` for a body of a type no camera sends).
public enum PushError: Error, Hashable, Sendable {
    /// The body's type is neither XML, JSON nor a multipart of them.
    case unsupportedContentType(String)
    /// An XML body that is not well-formed, or whose root is not `EventNotificationAlert`.
    case notAnEventAlert
    /// A JSON body that is not the generic event object (``GenericCameraEvent``); says what is wrong.
    case malformedJSON(String)
    /// A multipart body with neither an event document nor an image.
    case noEvent
    /// The multipart body could not be read.
    case malformedMultipart(MailError)

    /// The stored reason: one word for what went wrong, then what exactly.
    public var reason: String {
        switch self {
        case .unsupportedContentType(let type): "unsupportedContentType: \(type.prefix(80)) (send XML, JSON or multipart)"
        case .notAnEventAlert: "malformedPush: the XML body is not an EventNotificationAlert document"
        case .malformedJSON(let what): "malformedPush: \(what)"
        case .noEvent: "malformedPush: the multipart body holds no event document and no image"
        case .malformedMultipart(let error):
            "malformedPush: \(error.reason.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "")"
        }
    }

    /// The HTTP status it is answered with.
    public var status: Int {
        if case .unsupportedContentType = self { return 415 }
        return 400
    }
}
