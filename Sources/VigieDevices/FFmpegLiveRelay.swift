import Foundation
import Subprocess
import VigieCore

/// The live view relay: one `ffmpeg` per viewer reads the camera's RTSP stream and writes MJPEG (`-f mpjpeg`, a
/// `multipart/x-mixed-replace` stream that an `<img>` shows as it comes), scaled down and at a few frames a second, so
/// that eight views fit on a small server and the browser never sees the camera's address or account.
public struct FFmpegLiveRelay: LiveVideoRelay {
    public var ffmpeg: String
    /// Frames per second sent to the browser.
    public var framesPerSecond = 5
    /// The picture's height at most (the width follows).
    public var maximumHeight = 480
    /// A stream silent this long ends the view.
    public var silence: Duration = .seconds(5)

    public init(ffmpeg: String = "ffmpeg") {
        self.ffmpeg = ffmpeg
    }

    /// ffmpeg's `mpjpeg` muxer separates its frames with `--ffmpeg`.
    public var contentType: String { "multipart/x-mixed-replace; boundary=ffmpeg" }

    public func relay(from address: String, for duration: Duration, write: ([UInt8]) async throws -> Void) async throws {
        // No stream analysis: the SDP says what the stream is, and the first picture comes in ~0.4 s instead of ~2 s.
        let arguments =
            FFmpegInput.arguments(reading: address, silence: silence, options: ["-analyzeduration", "0", "-probesize", "32"]) + [
                "-an", "-vf", "fps=\(framesPerSecond),scale=-2:'min(\(maximumHeight),ih)'", "-c:v", "mjpeg", "-q:v", "7", "-f", "mpjpeg", "pipe:1",
            ]
        let executable = FFmpegInput.executable(ffmpeg)
        _ = try await Subprocess.run(executable, arguments: Arguments(arguments), input: .none, output: .sequence, error: .discarded) {
            execution in
            try await withThrowingTaskGroup(of: Void.self) { group in
                // The window's end stops ffmpeg, which ends its output and the view.
                group.addTask {
                    try await Task.sleep(for: duration)
                    try? execution.send(signal: .terminate)
                }
                for try await buffer in execution.standardOutput {
                    try await write(buffer.withUnsafeBytes { Array($0) })
                }
                group.cancelAll()
            }
        }
    }
}
