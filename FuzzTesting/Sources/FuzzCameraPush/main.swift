import VigieProtocols

/// The camera push reader: no crash and bounded work on any body, under each content type a camera declares. The
/// first byte picks the declared type, the rest is the body.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCameraPush(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let selector = bytes.first else { return 0 }
    let types = ["application/xml", "application/json", "multipart/form-data; boundary=MIME_boundary", "text/plain", "multipart/mixed; boundary=b"]
    if let push = try? CameraPush(contentType: types[Int(selector) % types.count], body: Array(bytes.dropFirst())) {
        guard push.media.count <= MailLimits.parts + GenericCameraEvent.maximumImages else { fatalError("more media than the limits") }
        _ = push.event(zone: 1)
    }
    return 0
}
