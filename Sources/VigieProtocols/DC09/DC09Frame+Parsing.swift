import NIOCore

extension DC09Frame {
    /// Decodes one complete frame: a UDP datagram, or one frame cut by ``DC09FrameDecoder``.
    ///
    /// The bytes run from LF to CR; NUL bytes or whitespace after the CR are ignored, and a
    /// missing LF or CR is tolerated (copied log lines). Checks length and CRC, decrypts with the
    /// key that `options` gives for the account, checks the timestamp window and decodes the data.
    /// - Throws: ``DC09Error`` with the first problem found.
    public init(parsing buffer: ByteBuffer, options: DC09DecodingOptions = DC09DecodingOptions()) throws(DC09Error) {
        let result: Result<DC09Frame, DC09Error> = buffer.withUnsafeReadableBytes { bytes in
            do throws(DC09Error) {
                return .success(try DC09FrameParser(options: options).parse(bytes))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    /// Decodes one complete frame held in an array of bytes.
    public init(parsing bytes: [UInt8], options: DC09DecodingOptions = DC09DecodingOptions()) throws(DC09Error) {
        try self.init(parsing: ByteBuffer(bytes: bytes), options: options)
    }
}
