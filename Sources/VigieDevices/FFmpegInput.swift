import Subprocess
import SystemPackage

/// How the station starts `ffmpeg` on a camera's stream, for clips (``ClipRecorder``) and live views
/// (``FFmpegLiveRelay``) alike: quiet, RTSP over TCP (cameras behind NAT and firewalls rarely pass RTP over UDP), and
/// a socket timeout so that a silent stream ends the run.
enum FFmpegInput {
    /// `ffmpeg` looked up in `PATH`, or the path given.
    static func executable(_ ffmpeg: String) -> Executable {
        ffmpeg.contains("/") ? .path(FilePath(ffmpeg)) : .name(ffmpeg)
    }

    /// The arguments up to and including the input: `options` go just before `-i`.
    static func arguments(reading address: String, silence: Duration, options: [String] = []) -> [String] {
        ["-nostdin", "-hide_banner", "-loglevel", "error", "-rtsp_transport", "tcp", "-timeout", "\(silence.components.seconds * 1_000_000)"]
            + options + ["-i", address]
    }
}
