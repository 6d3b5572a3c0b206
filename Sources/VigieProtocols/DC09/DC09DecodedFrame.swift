import NIOCore

/// What ``DC09FrameDecoder`` yields for each frame on a TCP stream: the raw bytes and either
/// the decoded frame or the reason it was refused.
///
/// A bad frame does not close the connection: the receiver stores `raw` with the error, sends
/// the NAK and goes on reading (DESIGN invariant 3, "nothing is silently dropped").
public struct DC09DecodedFrame: Hashable, Sendable {
    /// The frame's bytes from LF to CR inclusive.
    public var raw: ByteBuffer
    /// The decoded frame, or why it was refused.
    public var result: Result<DC09Frame, DC09Error>

    public init(raw: ByteBuffer, result: Result<DC09Frame, DC09Error>) {
        self.raw = raw
        self.result = result
    }

    /// The frame, or `nil` if it was refused.
    public var frame: DC09Frame? { try? result.get() }

    /// The error, or `nil` if the frame was decoded.
    public var error: DC09Error? {
        if case .failure(let error) = result { return error }
        return nil
    }
}
