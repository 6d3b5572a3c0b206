import VigieProtocols

/// The Digest challenge and credentials parsers: no crash on any header, and a challenge read back from its own
/// header is the same challenge.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPDigest(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let header = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if let challenge = try? DigestChallenge(parsing: header) {
        guard (try? DigestChallenge(parsing: challenge.header)) == challenge else { fatalError("challenge round trip: \(header)") }
        let answer = DigestAuthorization(answering: challenge, username: "admin", password: "pw", method: "GET", uri: "/", cnonce: "c")
        guard answer.prove(username: "admin", password: "pw", method: "GET", answering: challenge) else { fatalError("answer refused") }
    }
    if let credentials = try? DigestAuthorization(parsing: header) {
        guard (try? DigestAuthorization(parsing: credentials.header)) == credentials else { fatalError("credentials round trip: \(header)") }
    }
    return 0
}
