import NIOCore

/// The outcome of decoding one frame, as `vigie decode` prints it: one JSON object per frame.
///
/// Keys: `token`, `encrypted`, `sequence`, `receiver`, `line`, `account`, `dataAccount`, `data`,
/// `timestamp` (ISO 8601 UTC), `extended` (object by letter; an array when a letter repeats),
/// `events`, `quirks`, `crcFormat`; or `error` (readable) and `reason` (stable). `reply` holds the
/// escaped reply Vigie would send, when asked for.
public struct FrameReport: Sendable {
    /// The input bytes.
    public var raw: [UInt8]
    /// The decoding outcome.
    public var result: Result<DC09Frame, DC09Error>
    /// The reply Vigie would send, encoded, when requested.
    public var reply: ByteBuffer?

    /// Decodes `raw` with `options`.
    /// - Parameter reply: When not `nil`, the report also holds the reply Vigie would send
    ///   (ACK, `*ACK` with the request's key, NAK or DUH), timestamped with `options.now`.
    public init(raw: [UInt8], options: DC09DecodingOptions, reply: ReplyRequest? = nil) {
        self.raw = raw
        do {
            self.result = .success(try DC09Frame(parsing: raw, options: options))
        } catch {
            self.result = .failure(error)
        }
        if let reply {
            self.reply = Self.encodeReply(for: result, request: reply, options: options)
        }
    }

    /// Decodes one line of text written with ``FrameText`` escapes.
    public init(line: String, options: DC09DecodingOptions, reply: ReplyRequest? = nil) {
        self.init(raw: FrameText.unescape(line), options: options, reply: reply)
    }

    /// Whether the frame failed to decode.
    public var failed: Bool {
        if case .failure = result { return true }
        return false
    }

    /// What to put in the `reply` key.
    public struct ReplyRequest: Sendable {
        /// Key for an encrypted `*ACK`.
        public var key: DC09Key?
        /// Pad for the encrypted reply (``DC09Padding/random`` normally).
        public var padding: DC09Padding

        public init(key: DC09Key?, padding: DC09Padding = .random) {
            self.key = key
            self.padding = padding
        }
    }

    private static func encodeReply(
        for result: Result<DC09Frame, DC09Error>, request: ReplyRequest, options: DC09DecodingOptions
    ) -> ByteBuffer? {
        let now = DC09Timestamp(epochSeconds: options.now())
        guard let message = DC09Reply.response(to: result, now: now) else { return nil }
        return try? DC09FrameEncoder(padding: request.padding).encode(message, key: request.key)
    }
}
