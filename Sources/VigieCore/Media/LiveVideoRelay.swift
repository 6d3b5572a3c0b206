/// Turns a camera's stream into the frames a browser shows (MJPEG), so that the camera's address and credentials
/// never leave the server; implemented with ffmpeg by the station (VigieDevices).
public protocol LiveVideoRelay: Sendable {
    /// The `Content-Type` of what ``relay(from:for:write:)`` writes (`multipart/x-mixed-replace; boundary=…`).
    var contentType: String { get }
    /// Writes the stream of `address` to `write` until `duration` has passed, the stream ends, or `write` throws (the
    /// viewer left); the relay's process is stopped in every case.
    func relay(from address: String, for duration: Duration, write: ([UInt8]) async throws -> Void) async throws
}
