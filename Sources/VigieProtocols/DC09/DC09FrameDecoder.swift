import NIOCore

/// Cuts a TCP byte stream into DC-09 frames and decodes each one.
///
/// A frame runs from LF to the next CR. Bytes before an LF (NULs after a CR, noise) are skipped.
/// An LF that appears before the CR restarts the frame: the bytes before it are yielded as a
/// refused frame. Several frames per connection, split or coalesced, are handled.
///
/// > Important: Use one decoder per connection; it is not `Sendable`.
public struct DC09FrameDecoder: NIOSingleStepByteToMessageDecoder {
    public typealias InboundOut = DC09DecodedFrame

    /// The longest frame accepted, LF to CR inclusive; more bytes without CR throw ``DC09Error/frameTooLong(_:)``.
    public let maximumFrameLength: Int
    /// How frames are decoded (keys, timestamp window, tolerances).
    public var options: DC09DecodingOptions

    /// - Parameters:
    ///   - maximumFrameLength: Default 4,106 bytes: LF, CRC, length, the largest body `0FFF` allows, CR.
    ///   - options: Decoding options.
    public init(maximumFrameLength: Int = 4106, options: DC09DecodingOptions = DC09DecodingOptions()) {
        self.maximumFrameLength = maximumFrameLength
        self.options = options
    }

    public mutating func decode(buffer: inout ByteBuffer) throws -> DC09DecodedFrame? {
        let view = buffer.readableBytesView
        guard let start = view.firstIndex(of: ASCII.lineFeed) else {
            buffer.moveReaderIndex(forwardBy: view.count)
            return nil
        }
        buffer.moveReaderIndex(to: start)
        // A binary CRC (Lupusec) may hold LF or CR in its two bytes: search from after it.
        var position = start + 3
        while position < view.endIndex {
            let byte = view[position]
            if byte == ASCII.carriageReturn {
                return frame(from: &buffer, length: position - start + 1)
            }
            if byte == ASCII.lineFeed {
                guard let raw = buffer.readSlice(length: position - start) else { return nil }
                return DC09DecodedFrame(raw: raw, result: .failure(.malformedField(.framing)))
            }
            position += 1
        }
        let pending = view.endIndex - start
        if pending > maximumFrameLength { throw DC09Error.frameTooLong(pending) }
        return nil
    }

    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> DC09DecodedFrame? {
        if let frame = try decode(buffer: &buffer) { return frame }
        guard buffer.readableBytes > 0, let raw = buffer.readSlice(length: buffer.readableBytes) else { return nil }
        // An unterminated frame at end of stream is reported, not dropped.
        return DC09DecodedFrame(raw: raw, result: .failure(.malformedField(.framing)))
    }

    private func frame(from buffer: inout ByteBuffer, length: Int) -> DC09DecodedFrame? {
        guard let raw = buffer.readSlice(length: length) else { return nil }
        do {
            return DC09DecodedFrame(raw: raw, result: .success(try DC09Frame(parsing: raw, options: options)))
        } catch {
            return DC09DecodedFrame(raw: raw, result: .failure(error))
        }
    }
}

@available(*, unavailable)
extension DC09FrameDecoder: Sendable {}
