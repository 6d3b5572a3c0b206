import Foundation

/// The logbook entries about media (APSAD I31 annex 7: every action on images is traced, and the trace is kept beyond
/// the images' retention). Each names the media by id and SHA-256, so that a file produced later as evidence can be
/// checked against the entry that recorded its arrival.
public enum MediaLog {
    /// One medium as an entry records it.
    public struct Item: Codable, Sendable, Hashable {
        public var id: UUID
        public var kind: MediumKind
        public var camera: String?
        public var sha256: String
        public var size: Int

        public init(_ medium: Medium) {
            id = medium.id
            kind = medium.kind
            camera = medium.deviceName
            sha256 = medium.sha256
            size = medium.size
        }
    }

    public struct Details: Codable, Sendable, Hashable {
        public var media: [Item]
        /// The signal that brought them, for media that came with one.
        public var signal: Int64?
        /// For a purge: the retention that ended.
        public var retentionDays: Int?
    }

    /// Media that arrived for an alarm (or, with no alarm, with a signal that raised none).
    public static func attached(_ media: [Medium], alarmID: UUID?, siteID: UUID?, signalID: Int64?) -> LogbookDraft {
        LogbookDraft(
            kind: .mediaAttached, author: .system, siteID: siteID, alarmID: alarmID,
            summary: "\(count(media)) received: " + media.map { "\($0.deviceName ?? "camera") sha256 \($0.sha256)" }.joined(separator: ", "),
            details: Details(media: media.map(Item.init), signal: signalID))
    }

    /// What a camera's failure says on the alarm.
    public struct Failure: Codable, Sendable, Hashable {
        /// The camera; `nil` for a panel's verification address (DC-09 `[V]`).
        public var camera: String?
        public var reason: String
    }

    /// A camera gave no image for an alarm: the operator knows which to look at another way.
    public static func failed(camera: String?, reason: String, alarmID: UUID, siteID: UUID?) -> LogbookDraft {
        LogbookDraft(
            kind: .mediaFailed, author: .system, siteID: siteID, alarmID: alarmID,
            summary: "no image from \(camera ?? "the panel's verification address"): \(reason)",
            details: Failure(camera: camera, reason: reason))
    }

    /// Someone looked at a medium in the console, or downloaded it.
    public static func accessed(_ medium: Medium, download: Bool, by author: Author) -> LogbookDraft {
        LogbookDraft(
            kind: download ? .mediaDownloaded : .mediaViewed, author: author, siteID: medium.siteID, alarmID: medium.alarmID,
            summary:
                "\(medium.kind.rawValue) of \(medium.deviceName ?? "camera") \(download ? "downloaded" : "viewed") by \(author.name): sha256 \(medium.sha256)",
            details: Details(media: [Item(medium)], signal: medium.signalID))
    }

    /// What a live view entry records: the camera, and until when the view may last.
    public struct Watched: Codable, Sendable, Hashable {
        public var device: UUID
        public var camera: String
        public var until: Date
    }

    /// Someone opened a camera's live view for an alarm (the view itself is not recorded, its opening is).
    public static func watched(device: Device, alarm: Alarm, until: Date, by author: Author) -> LogbookDraft {
        LogbookDraft(
            kind: .mediaLiveViewed, author: author, siteID: alarm.siteID, alarmID: alarm.id,
            summary: "live view of \(device.name) opened by \(author.name)", details: Watched(device: device.id, camera: device.name, until: until))
    }

    /// Files removed at the end of their retention; the index entries and this trace stay.
    public static func purged(_ media: [Medium], retentionDays: Int) -> LogbookDraft {
        LogbookDraft(
            kind: .mediaPurged, author: .system, summary: "\(count(media)) removed after \(retentionDays) days of retention",
            details: Details(media: media.map(Item.init), retentionDays: retentionDays))
    }

    private static func count(_ media: [Medium]) -> String {
        media.count == 1 ? "1 medium" : "\(media.count) media"
    }
}
