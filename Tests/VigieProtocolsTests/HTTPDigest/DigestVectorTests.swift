import Testing
import VigieProtocols

/// The station's Digest answers against the standards' worked examples, and its check against credentials written
/// by another implementation (Python's `requests`, as a camera's other clients would send them).
@Suite struct DigestVectorTests {
    /// RFC 7616 §3.9.1: the same exchange with MD5 and with SHA-256.
    @Test(arguments: [
        (DigestAlgorithm.md5, "8ca523f5e9506fed4657c9700eebdbec"),
        (DigestAlgorithm.sha256, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"),
    ])
    func rfc7616Example(algorithm: DigestAlgorithm, response: String) throws {
        let challenge = try DigestChallenge(
            parsing: """
                Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=\(algorithm.rawValue), \
                nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"
                """)
        let credentials = DigestAuthorization(
            answering: challenge, username: "Mufasa", password: "Circle of Life", method: "GET", uri: "/dir/index.html",
            cnonce: "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ")
        #expect(credentials.response == response)
        #expect(credentials.nonceCount == "00000001" && credentials.qop == "auth")
        #expect(credentials.opaque == "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS")
    }

    /// RFC 2617 §3.5, the MD5 example most camera firmwares were written against.
    @Test func rfc2617Example() throws {
        let challenge = try DigestChallenge(
            parsing:
                #"Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#
        )
        let credentials = DigestAuthorization(
            answering: challenge, username: "Mufasa", password: "Circle Of Life", method: "GET", uri: "/dir/index.html", cnonce: "0a4f113b")
        #expect(credentials.response == "6629fae49393a05397450978507c4ef1")
    }

    /// Credentials `requests.auth.HTTPDigestAuth` wrote for a Hikvision-like (SHA-256) and a Dahua-like (MD5) snapshot:
    /// the check the demo's cameras make accepts them, and refuses them for another password or method.
    @Test(arguments: [
        (
            #"Digest realm="IP Camera(C2183)", qop="auth", algorithm=SHA-256, nonce="4e5468694d6a4d784f5463364d7a4d324f4463314e6a5535", opaque="799d5""#,
            #"Digest username="admin", realm="IP Camera(C2183)", nonce="4e5468694d6a4d784f5463364d7a4d324f4463314e6a5535", uri="/ISAPI/Streaming/channels/101/picture?snapShotImageType=JPEG", response="2970a149c7487866f1dba95a1ae7154c232378bb7a28951a6cbcf92ecb60f4fa", opaque="799d5", algorithm="SHA-256", qop="auth", nc=00000001, cnonce="4b739775448e9b7d""#
        ),
        (
            #"Digest realm="Login to 5J0A2D8PAZ", qop="auth", nonce="1382763421""#,
            #"Digest username="admin", realm="Login to 5J0A2D8PAZ", nonce="1382763421", uri="/cgi-bin/snapshot.cgi?channel=1", response="63bedc40c8b78775027b7cfba1b7f5ae", qop="auth", nc=00000001, cnonce="c0ca1519fcfde9f6""#
        ),
    ])
    func credentialsFromAnotherImplementationProveThePassword(challengeHeader: String, authorizationHeader: String) throws {
        let challenge = try DigestChallenge(parsing: challengeHeader)
        let credentials = try DigestAuthorization(parsing: authorizationHeader)
        #expect(credentials.prove(username: "admin", password: "12345 caméra", method: "GET", answering: challenge))
        #expect(!credentials.prove(username: "admin", password: "12345 camera", method: "GET", answering: challenge))
        #expect(!credentials.prove(username: "admin", password: "12345 caméra", method: "PUT", answering: challenge))
        #expect(!credentials.prove(username: "root", password: "12345 caméra", method: "GET", answering: challenge))
    }
}
