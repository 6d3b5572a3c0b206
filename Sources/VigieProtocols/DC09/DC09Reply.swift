/// The receiver's answers to a panel (protocols.md §1.13), as ``DC09Message``s to encode.
///
/// ACK and DUH echo sequence, receiver, line and account exactly as received, and add no `R`
/// when the panel sent none (the pysiaalarm `None` bug made Pyronix panels fail their polls).
public enum DC09Reply {
    /// Positive acknowledgement of `frame`: `*ACK` with a timestamp when the frame was encrypted
    /// (encode it with the account's key), plain `ACK` otherwise.
    /// - Parameters:
    ///   - now: The receiver's UTC time, written in encrypted ACKs (and plain ones if `timestamped`).
    ///   - timestamped: Also timestamp a plain ACK (some receivers do; panels accept both).
    public static func ack(for frame: DC09Frame, now: DC09Timestamp, timestamped: Bool = false) -> DC09Message {
        DC09Message(
            token: .ack, isEncrypted: frame.isEncrypted, sequence: frame.sequence, receiver: frame.receiver,
            line: frame.line, account: frame.account,
            timestamp: frame.isEncrypted || timestamped ? now : nil, crcFormat: frame.crcFormat
        )
    }

    /// Negative acknowledgement: `"NAK"0000R0L0A0[]_` + the receiver's UTC time, never encrypted,
    /// so that the panel can correct its clock.
    public static func nak(now: DC09Timestamp, crcFormat: DC09CRCFormat = .ascii) -> DC09Message {
        DC09Message(
            token: .nak, sequence: "0000", receiver: "0", line: "0", account: nil, timestamp: now, crcFormat: crcFormat
        )
    }

    /// "Unable" acknowledgement of a well-formed frame the receiver cannot process (unsupported token).
    public static func duh(for frame: DC09Frame) -> DC09Message {
        DC09Message(
            token: .duh, sequence: frame.sequence, receiver: frame.receiver, line: frame.line, account: frame.account,
            crcFormat: frame.crcFormat
        )
    }

    /// The reply a receiver sends for a decoding outcome, or `nil` when none is due (the frame is itself a reply).
    ///
    /// Decoded frames get ACK (DUH for tokens Vigie cannot decode); every failure gets NAK, so
    /// the panel retries or corrects its clock. Unknown event codes are ACKed, never DUHed:
    /// answering DUH made Ajax hubs reconnect every 10 s (protocols.md §1.15 item 10).
    public static func response(to outcome: Result<DC09Frame, DC09Error>, now: DC09Timestamp) -> DC09Message? {
        switch outcome {
        case .success(let frame):
            if frame.token.isReply { return nil }
            return frame.token.isSupported ? ack(for: frame, now: now) : duh(for: frame)
        case .failure:
            return nak(now: now)
        }
    }
}
