import VigieProtocols

/// The e-mail reader: no crash and bounded work on any bytes a client sends after `DATA`, and every message it reads
/// can be read as a camera e-mail.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMailMessage(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    if let mail = try? MailMessage(parsing: bytes) {
        guard mail.parts.count <= MailLimits.parts else { fatalError("more parts than the limit") }
        _ = CameraMail(mail).event(zone: 1)
    }
    return 0
}
