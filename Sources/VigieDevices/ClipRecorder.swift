import Foundation
import Subprocess
import VigieCore

/// Records a clip of a camera's RTSP stream with `ffmpeg` (the Debian package), converted to MP4/H.264 so that every
/// browser plays it in the page: a supervised child process, killed at its deadline, whose errors are told without
/// the camera's credentials.
public struct ClipRecorder: Sendable {
    /// The `ffmpeg` to run: a name looked up in `PATH`, or a path.
    public var ffmpeg: String
    /// How long a clip lasts, from the moment the station starts reading the stream.
    public var seconds: Int
    /// A stream that gives nothing for this long fails the clip (ffmpeg's socket timeout).
    public var silence: Duration = .seconds(5)
    /// The largest clip kept; a bigger one is refused.
    public var maximumBytes = 64 * 1024 * 1024

    public init(ffmpeg: String = "ffmpeg", seconds: Int = 10) {
        self.ffmpeg = ffmpeg
        self.seconds = seconds
    }

    /// The whole run may take this long: the clip, the connection, and the conversion's end.
    public var deadline: Duration { .seconds(seconds) + silence * 2 + .seconds(10) }

    /// The MP4 of `seconds` of the stream at `address`.
    public func record(from address: String) async throws(MediaFetchFailure) -> Data {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-clip-\(UUID().uuidString).mp4")
        defer { try? FileManager.default.removeItem(at: output) }
        let arguments =
            FFmpegInput.arguments(reading: address, silence: silence) + [
                "-t", "\(seconds)", "-an", "-c:v", "libx264", "-preset", "veryfast", "-pix_fmt", "yuv420p", "-movflags", "+faststart", "-f", "mp4",
                "-y", output.path,
            ]
        let executable = FFmpegInput.executable(ffmpeg)
        let result: ExecutionResult<Void, DiscardedOutput, StringOutput<UTF8>>
        do {
            result = try await withDeadline(deadline, "the clip") {
                try await Subprocess.run(executable, arguments: Arguments(arguments), output: .discarded, error: .string(limit: 8192))
            }
        } catch is DeadlineExceeded {
            throw MediaFetchFailure(reason: "clipTimedOut: no clip within \(deadline.components.seconds) s")
        } catch {
            throw MediaFetchFailure(reason: "ffmpegMissing: \(ffmpeg) could not be started (install the ffmpeg package)")
        }
        guard case .exited(0) = result.terminationStatus else {
            let said = Self.lastLine(of: result.standardError, hiding: address)
            throw MediaFetchFailure(reason: "clipFailed: ffmpeg \(result.terminationStatus)\(said.isEmpty ? "" : ": \(said)")")
        }
        guard let data = try? Data(contentsOf: output), !data.isEmpty else {
            throw MediaFetchFailure(reason: "clipFailed: ffmpeg wrote no clip")
        }
        guard data.count <= maximumBytes else { throw MediaFetchFailure(reason: "clipFailed: the clip exceeds \(maximumBytes) bytes") }
        return data
    }

    /// ffmpeg's last word, without the address (which holds the credentials) nor any `user:password@` in it.
    static func lastLine(of text: String, hiding address: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
        let hidden = line.replacingOccurrences(of: address, with: "the camera's stream")
        return String(hidden.replacing(/[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s\/@]*@/, with: "rtsp://***@").prefix(300))
    }
}
