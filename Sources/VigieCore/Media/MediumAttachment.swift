import Foundation

/// One image or clip that came with a signal (a camera e-mail's attachment), as the signal records it: the file
/// itself is already in the ``MediaLibrary`` under its SHA-256 when the signal is stored.
public struct MediumAttachment: Codable, Sendable, Hashable {
    /// The medium's id in the station's media index, chosen when it arrives.
    public var id: UUID
    public var kind: MediumKind
    /// `image/jpeg`, `video/mp4`…
    public var contentType: String
    /// The file name the device gave it, when it gave one.
    public var fileName: String?
    /// Lower-case hex SHA-256 of the bytes: the file's name in the library and its proof in the logbook.
    public var sha256: String
    public var size: Int
    /// The camera that took it, by its name when it arrived (an NVR's e-mail may carry several cameras' images).
    public var deviceName: String?

    public init(
        id: UUID = UUID(), kind: MediumKind, contentType: String, fileName: String? = nil, sha256: String, size: Int, deviceName: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.contentType = contentType
        self.fileName = fileName
        self.sha256 = sha256
        self.size = size
        self.deviceName = deviceName
    }
}
