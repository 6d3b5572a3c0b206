import VigieProtocols

/// The SIA DC-03 data-block parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSIAData(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if let block = try? SIADataBlock(parsing: text) {
        precondition(!block.events.isEmpty || block.text != nil)
    }
    return 0
}
