import Foundation

/// What a video verification was concluded from: the media the operator names must be the alarm's own, and are
/// recorded with their hashes (never as the client describes them).
public enum VideoEvidence {
    /// The records of the media `ids` among the alarm's `media`, in the order given.
    /// - Throws: ``ValidationError`` on `mediaSeen` when an id is not one of the alarm's media, or was purged.
    public static func seen(_ ids: [UUID], among media: [Medium]) throws -> [MediaLog.Item] {
        let byID = Dictionary(media.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: [MediaLog.Item] = []
        for id in ids {
            guard let medium = byID[id], medium.purgedAt == nil else {
                throw ValidationError(field: "mediaSeen", .notThisAlarmsMedium)
            }
            if !seen.contains(where: { $0.id == id }) { seen.append(MediaLog.Item(medium)) }
        }
        return seen
    }
}
