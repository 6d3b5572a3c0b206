import VigieCore

/// Where the station keeps its images and clips, and for how long (`media.*` keys).
struct MediaSettings: Sendable {
    /// The media library's directory; with a PostgreSQL store of several nodes, a path every node shares.
    var directory: String
    /// Days an image or clip is kept after it arrived; the logbook entries about it are kept for good.
    var retentionDays: Int
    /// Seconds of stream recorded as a clip when an alarm opens, from each camera covering its zones that has a
    /// stream; 0 records none.
    var clipSeconds: Int = 10
    /// The `ffmpeg` that records clips and relays live views: a name in `PATH` or a path.
    var ffmpeg: String = "ffmpeg"
    /// Minutes after an alarm's latest event during which its site's cameras may be watched live; 0: no live view.
    var liveViewMinutes: Int = 10
    /// Live views open at once over all operators (each is an ffmpeg).
    var maximumLiveViews: Int = 8

    var library: MediaLibrary { MediaLibrary(directory: directory) }
}
