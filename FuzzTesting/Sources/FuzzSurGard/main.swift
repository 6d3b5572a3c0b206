import NIOCore
import VigieProtocols

/// The Sur-Gard automation line parser, alone and through the DC4 stream decoder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSurGard(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let raw = UnsafeRawBufferPointer(start: start, count: count)
    if let message = try? SurGardMessage(parsing: String(decoding: raw, as: UTF8.self)) {
        _ = message.text
    }
    var stream = ByteBuffer(bytes: raw)
    var decoder = SurGardFrameDecoder()
    while let line = try? decoder.decode(buffer: &stream) {
        _ = line.result
    }
    return 0
}
