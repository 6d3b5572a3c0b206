/// What a medium shows: a still image or a video clip.
public enum MediumKind: String, Codable, Sendable, CaseIterable {
    case image
    case clip

    /// The kind of a file by its content type (`image/jpeg`, `video/mp4`), `nil` for what the station does not keep.
    public init?(contentType: String) {
        let type = contentType.lowercased()
        if type.hasPrefix("image/") {
            self = .image
        } else if type.hasPrefix("video/") {
            self = .clip
        } else {
            return nil
        }
    }
}
