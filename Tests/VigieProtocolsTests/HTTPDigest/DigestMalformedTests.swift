import Testing
import VigieProtocols

/// Each malformed challenge or credentials header, and the one error it gives.
@Suite struct DigestMalformedTests {
    @Test(arguments: [
        ("", DigestError.notDigest),
        (#"Basic realm="cam""#, .notDigest),
        (#"Digestive realm="cam", nonce="n""#, .notDigest),
        (#"Digest nonce="n""#, .missing("realm")),
        (#"Digest realm="cam""#, .missing("nonce")),
        (#"Digest realm="cam", nonce="""#, .missing("nonce")),
        (#"Digest realm="cam, nonce=n"#, .malformed("realm's quoted value is not closed")),
        (#"Digest realm="cam\"#, .malformed("realm's quoted value is not closed")),
        (#"Digest realm="cam" nonce="n""#, .malformed("text after realm's value")),
        (#"Digest realm="cam", nonce="n", realm="other""#, .malformed("realm appears twice")),
        (#"Digest realm=, nonce="n""#, .malformed("realm has no value")),
        (#"Digest realm"#, .malformed("realm has no value")),
        (#"Digest ="cam""#, .malformed("unexpected \"=\"")),
        (#"Digest realm="cam", nonce="n", algorithm=SHA-512-256"#, .unsupportedAlgorithm("SHA-512-256")),
        (#"Digest realm="cam", nonce="n", qop="auth-int""#, .unsupportedQOP("auth-int")),
    ])
    func aBadChallengeIsNamed(header: String, error: DigestError) {
        #expect(throws: error) { try DigestChallenge(parsing: header) }
    }

    @Test(arguments: [
        (#"Basic YWRtaW46MTIzNDU="#, DigestError.notDigest),
        (#"Digest,username="a", realm="cam", nonce="n", uri="/", response="r""#, .notDigest),
        (#"Digest realm="cam", nonce="n", uri="/", response="r""#, .missing("username")),
        (#"Digest username="a", realm="cam", nonce="n", response="r""#, .missing("uri")),
        (#"Digest username="a", realm="cam", nonce="n", uri="/""#, .missing("response")),
        (#"Digest username="a", realm="cam", nonce="n", uri="/", response="r", qop=auth, cnonce="c""#, .missing("nc")),
        (#"Digest username="a", realm="cam", nonce="n", uri="/", response="r", qop=auth, nc=00000001"#, .missing("cnonce")),
        (#"Digest username="a", realm="cam", nonce="n", uri="/", response="r", qop=auth-int, nc=00000001, cnonce="c""#, .unsupportedQOP("auth-int")),
        (
            #"Digest username="a", realm="cam", nonce="n", uri="/", response="r", qop=auth, nc=1, cnonce="c""#,
            .malformed("nc must be eight hexadecimal digits")
        ),
    ])
    func badCredentialsAreNamed(header: String, error: DigestError) {
        #expect(throws: error) { try DigestAuthorization(parsing: header) }
    }

    @Test func everyErrorSaysWhatIsWrongInWords() {
        let errors: [DigestError] = [
            .notDigest, .missing("nonce"), .malformed("x"), .unsupportedAlgorithm("SHA-512-256"), .unsupportedQOP("auth-int"),
        ]
        #expect(Set(errors.map(\.description)).count == errors.count)
        #expect(DigestError.missing("nonce").description == "the nonce parameter is missing")
    }
}
