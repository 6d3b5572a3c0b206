import Testing
import VigieProtocols

/// What the station sends, read back by a device's check: every algorithm, with and without `qop`, `userhash`,
/// and awkward usernames, passwords and request targets.
@Suite struct DigestRoundTripTests {
    static let identities: [(String, String, String)] = [
        ("admin", "12345", "/ISAPI/Streaming/channels/101/picture"),
        ("opérateur", "mot de passe \"cité\" \\ ;,=", "/cgi-bin/snapshot.cgi?channel=1&type=0"),
        ("a\"b", "", "/axis-cgi/jpg/image.cgi?resolution=640x480"),
        ("Jäsøn Doe", "Secret, or not?", "/onvif/snapshot?token=Profile_1"),
    ]

    @Test(arguments: DigestAlgorithm.allCases)
    func theDevicesCheckAcceptsWhatTheStationSends(algorithm: DigestAlgorithm) throws {
        for (username, password, uri) in Self.identities {
            for (qop, userhash) in [(true, false), (false, false), (true, true)] {
                let challenge = DigestChallenge(
                    realm: "IP Camera", nonce: DigestAuthorization.newClientNonce(), opaque: "abc", algorithm: algorithm, offersAuthQOP: qop,
                    userhash: userhash)
                // The challenge as sent on the wire and read back, then the answer as sent and read back.
                let received = try DigestChallenge(parsing: challenge.header)
                #expect(received == challenge)
                let sent = DigestAuthorization(
                    answering: received, username: username, password: password, method: "GET", uri: uri,
                    cnonce: DigestAuthorization.newClientNonce(), nonceCount: 7)
                let read = try DigestAuthorization(parsing: sent.header)
                #expect(read == sent)
                #expect(read.prove(username: username, password: password, method: "GET", answering: challenge), "\(sent.header)")
                #expect(!read.prove(username: username, password: password + "x", method: "GET", answering: challenge))
                #expect(userhash == (read.username != username))
            }
        }
    }

    /// An answer to an old nonce does not pass once the device has issued another (it says `stale=true`).
    @Test func anAnswerToAnotherNonceIsRefused() throws {
        let old = DigestChallenge(realm: "cam", nonce: "n1")
        let sent = DigestAuthorization(answering: old, username: "admin", password: "pw", method: "GET", uri: "/", cnonce: "c")
        #expect(!sent.prove(username: "admin", password: "pw", method: "GET", answering: DigestChallenge(realm: "cam", nonce: "n2")))
        #expect(try DigestChallenge(parsing: #"Digest realm="cam", nonce="n2", qop="auth", stale=TRUE"#).stale)
    }

    /// A 401 offering several challenges: SHA-256 is chosen over MD5, an unusable one is passed over.
    @Test func theStrongestChallengeIsChosen() throws {
        let chosen = try DigestChallenge.strongest(in: [
            #"Basic realm="cam""#, #"Digest realm="cam", nonce="m", qop="auth""#, #"Digest realm="cam", nonce="s", qop="auth", algorithm=SHA-256"#,
        ])
        #expect(chosen.algorithm == .sha256 && chosen.nonce == "s")
        #expect(throws: DigestError.notDigest) { try DigestChallenge.strongest(in: [#"Basic realm="cam""#]) }
        #expect(throws: DigestError.unsupportedAlgorithm("SHA-512-256")) {
            try DigestChallenge.strongest(in: [#"Digest realm="cam", nonce="n", algorithm=SHA-512-256"#])
        }
    }
}
