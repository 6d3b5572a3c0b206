import VigieProtocols

/// The 16-digit Contact ID message and the ADM-CID event text; what parses must print back the same.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContactID(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if let message = try? ContactIDMessage(parsing: text) {
        precondition((try? ContactIDMessage(parsing: message.description)) == message)
        _ = message.event.decoded
    }
    if let event = try? ContactIDEvent(parsing: text) {
        precondition((try? ContactIDEvent(parsing: event.admCIDText)) == event)
    }
    return 0
}
