import NIOCore

/// Cuts a Sur-Gard automation stream into DC4-terminated lines and parses each one.
///
/// A line that cannot be parsed is yielded as a failure (the automation NAKs it), so one bad
/// line never closes the link.
public struct SurGardFrameDecoder: NIOSingleStepByteToMessageDecoder {
    /// One line: its bytes (without DC4) and the parse outcome.
    public struct Line: Hashable, Sendable {
        /// The bytes before the DC4.
        public var raw: ByteBuffer
        /// The message, or why it was refused.
        public var result: Result<SurGardMessage, SurGardError>

        public init(raw: ByteBuffer, result: Result<SurGardMessage, SurGardError>) {
            self.raw = raw
            self.result = result
        }
    }

    public typealias InboundOut = Line

    /// The longest line accepted; more bytes without DC4 throw ``SurGardError/lineTooLong(_:)``.
    public let maximumLineLength: Int

    public init(maximumLineLength: Int = 1024) {
        self.maximumLineLength = maximumLineLength
    }

    public mutating func decode(buffer: inout ByteBuffer) throws -> Line? {
        guard let end = buffer.readableBytesView.firstIndex(of: SurGard.terminator) else {
            if buffer.readableBytes > maximumLineLength { throw SurGardError.lineTooLong(buffer.readableBytes) }
            return nil
        }
        guard let raw = buffer.readSlice(length: end - buffer.readerIndex) else { return nil }
        buffer.moveReaderIndex(forwardBy: 1)
        let text = String(decoding: raw.readableBytesView, as: UTF8.self)
        do {
            return Line(raw: raw, result: .success(try SurGardMessage(parsing: text)))
        } catch {
            return Line(raw: raw, result: .failure(error))
        }
    }

    public mutating func decodeLast(buffer: inout ByteBuffer, seenEOF: Bool) throws -> Line? {
        if let line = try decode(buffer: &buffer) { return line }
        // Bytes without DC4 at end of stream are an incomplete line the receiver will resend.
        buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
        return nil
    }
}

@available(*, unavailable)
extension SurGardFrameDecoder: Sendable {}
