import NIOCore
import VigieProtocols

/// One key for every account, so that `*` frames reach the AES and pad code.
let key = DC09Key(hex: "000102030405060708090A0B0C0D0E0F")!
let options = DC09DecodingOptions(
    accountProfile: { _ in DC09AccountProfile(key: key) }, maximumAge: .max / 4, maximumAdvance: .max / 4,
    requiresEncryptionForKeyedAccounts: false, now: { 0 }
)

/// Feeds the input as one datagram and as a TCP stream; a decoded frame must produce an
/// encodable reply that decodes again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDC09Frame(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = ByteBuffer(bytes: UnsafeRawBufferPointer(start: start, count: count))
    if let frame = try? DC09Frame(parsing: bytes, options: options) {
        let now = DC09Timestamp(epochSeconds: 1_767_357_296)
        if let reply = DC09Reply.response(to: .success(frame), now: now) {
            let encoded = try! DC09FrameEncoder().encode(reply, key: key)
            _ = try! DC09Frame(parsing: encoded, options: options)
        }
    }
    var stream = bytes
    var decoder = DC09FrameDecoder(options: options)
    while let decoded = try? decoder.decode(buffer: &stream) {
        _ = decoded.result
    }
    _ = try? decoder.decodeLast(buffer: &stream, seenEOF: true)
    return 0
}
