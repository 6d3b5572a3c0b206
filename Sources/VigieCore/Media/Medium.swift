import Foundation

/// An image or a clip kept as evidence of an alarm (APSAD I31 annex 7): indexed in the store, its bytes in the
/// ``MediaLibrary`` under their SHA-256. When its retention ends the file is removed and ``purgedAt`` set; the
/// index entry and the logbook entries about it stay, because the trace outlives the images.
public struct Medium: Codable, Sendable, Hashable, Identifiable {
    public var id: UUID
    public var kind: MediumKind
    public var origin: MediumOrigin
    public var contentType: String
    public var fileName: String?
    public var sha256: String
    public var size: Int
    /// The signal that brought it (an e-mail's attachments), or `nil` for media the station fetched.
    public var signalID: Int64?
    /// The alarm it was fetched for; media brought by a signal belong to that signal's alarm.
    public var alarmID: UUID?
    public var siteID: UUID?
    public var deviceID: UUID?
    /// The camera's name when the medium arrived, so that evidence still names it after the camera is renamed.
    public var deviceName: String?
    /// When the device took it, when it says so.
    public var capturedAt: Date?
    public var receivedAt: Date
    /// When retention removed the file.
    public var purgedAt: Date?

    public init(
        id: UUID = UUID(), kind: MediumKind, origin: MediumOrigin, contentType: String, fileName: String? = nil, sha256: String, size: Int,
        signalID: Int64? = nil, alarmID: UUID? = nil, siteID: UUID? = nil, deviceID: UUID? = nil, deviceName: String? = nil,
        capturedAt: Date? = nil, receivedAt: Date, purgedAt: Date? = nil
    ) {
        self.id = id
        self.kind = kind
        self.origin = origin
        self.contentType = contentType
        self.fileName = fileName
        self.sha256 = sha256
        self.size = size
        self.signalID = signalID
        self.alarmID = alarmID
        self.siteID = siteID
        self.deviceID = deviceID
        self.deviceName = deviceName
        self.capturedAt = capturedAt
        self.receivedAt = receivedAt
        self.purgedAt = purgedAt
    }

    /// The index entry of an attachment of stored signal `signalID`: it came with a camera's push when the signal came
    /// over HTTP, else with its e-mail.
    public init(_ attachment: MediumAttachment, of signal: SignalDraft, signalID: Int64) {
        self.init(
            id: attachment.id, kind: attachment.kind, origin: signal.transport == .http ? .httpPush : .email, contentType: attachment.contentType,
            fileName: attachment.fileName,
            sha256: attachment.sha256, size: attachment.size, signalID: signalID, siteID: signal.siteID, deviceID: signal.deviceID,
            deviceName: attachment.deviceName, capturedAt: signal.panelTime, receivedAt: signal.receivedAt)
    }
}
