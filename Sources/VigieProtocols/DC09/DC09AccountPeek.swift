import NIOCore

/// The account a DC-09 frame claims, read from its clear header (`…#ACCT[`) without checking or decoding anything.
///
/// For a receiver that must decide, for the price of a scan, whether a datagram is worth decoding: the account is in
/// clear even in an encrypted frame. What this returns is only a claim: the frame's CRC, key and timestamp are
/// checked by ``DC09FrameDecoder`` afterwards, as for any frame.
public enum DC09AccountPeek {
    /// The header ends within this many bytes of the LF in any frame the receiver accepts.
    static let headerLimit = 96

    /// The account between the last `#` and the first `[` of the header, or `nil` if the bytes look like no frame.
    public static func account(in buffer: ByteBuffer) -> String? {
        buffer.withUnsafeReadableBytes { bytes -> String? in
            let limit = min(bytes.count, headerLimit)
            var hash: Int?
            var index = 0
            while index < limit {
                switch bytes[index] {
                case UInt8(ascii: "#"): hash = index
                case UInt8(ascii: "["):
                    guard let hash, index - hash > 1 else { return nil }
                    return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(hash + 1)..<index]), as: UTF8.self)
                default: break
                }
                index += 1
            }
            return nil
        }
    }
}
