import Foundation
import VigieCore

/// The `Authorization: Digest …` credentials of one request (RFC 7616 §3.4): computed by the station to answer a
/// device's challenge, or read back by a device (the demo's fake cameras, the tests') to check them.
public struct DigestAuthorization: Sendable, Hashable {
    /// The username as sent: hashed with the realm when the challenge asked for `userhash`.
    public var username: String
    public var realm: String
    public var nonce: String
    public var uri: String
    public var algorithm: DigestAlgorithm
    /// `auth`, or `nil` for the RFC 2069 form a challenge without `qop` calls for.
    public var qop: String?
    /// The eight hexadecimal digits counting the requests made with this nonce (`00000001`); with `qop` only.
    public var nonceCount: String?
    public var cnonce: String?
    public var response: String
    public var opaque: String?
    public var userhash: Bool

    /// The credentials answering `challenge` for `method` and `uri` (the request target, `/ISAPI/…?…`).
    /// `cnonce` is the client's nonce (``newClientNonce()``); `nonceCount` counts the requests made with this nonce.
    public init(
        answering challenge: DigestChallenge, username: String, password: String, method: String, uri: String, cnonce: String,
        nonceCount: Int = 1
    ) {
        let algorithm = challenge.algorithm
        self.username = challenge.userhash ? algorithm.hash("\(username):\(challenge.realm)") : username
        self.realm = challenge.realm
        self.nonce = challenge.nonce
        self.uri = uri
        self.algorithm = algorithm
        self.qop = challenge.offersAuthQOP ? "auth" : nil
        self.nonceCount = challenge.offersAuthQOP ? Self.count(nonceCount) : nil
        self.cnonce = challenge.offersAuthQOP || algorithm.isSession ? cnonce : nil
        self.opaque = challenge.opaque
        self.userhash = challenge.userhash
        self.response = Self.response(
            algorithm: algorithm, username: username, realm: challenge.realm, password: password, nonce: challenge.nonce,
            cnonce: self.cnonce, nonceCount: self.nonceCount, qop: qop, method: method, uri: uri)
    }

    /// Reads an `Authorization` value; throws ``DigestError`` naming what is wrong.
    public init(parsing header: String) throws(DigestError) {
        let parameters = try AuthParameters(digestHeader: header)
        func required(_ name: String) throws(DigestError) -> String {
            guard let value = parameters[name] else { throw .missing(name) }
            return value
        }
        username = try required("username")
        realm = try required("realm")
        nonce = try required("nonce")
        uri = try required("uri")
        response = try required("response")
        algorithm = try DigestAlgorithm(parameter: parameters["algorithm"])
        qop = parameters["qop"]
        nonceCount = parameters["nc"]
        cnonce = parameters["cnonce"]
        opaque = parameters["opaque"]
        userhash = parameters["userhash"]?.lowercased() == "true"
        if let qop, qop.lowercased() != "auth" { throw .unsupportedQOP(qop) }
        if qop != nil, nonceCount == nil { throw .missing("nc") }
        if let nonceCount, nonceCount.count != 8 || !nonceCount.allSatisfy(\.isHexDigit) {
            throw .malformed("nc must be eight hexadecimal digits")
        }
        if qop != nil || algorithm.isSession, cnonce == nil { throw .missing("cnonce") }
    }

    /// The `Authorization` value.
    public var header: String {
        var parameters = [
            "username=\(AuthParameters.quote(username))", "realm=\(AuthParameters.quote(realm))", "uri=\(AuthParameters.quote(uri))",
            "algorithm=\(algorithm.rawValue)", "nonce=\(AuthParameters.quote(nonce))",
        ]
        if let nonceCount { parameters.append("nc=\(nonceCount)") }
        if let qop { parameters.append("qop=\(qop)") }
        if let cnonce { parameters.append("cnonce=\(AuthParameters.quote(cnonce))") }
        parameters.append("response=\(AuthParameters.quote(response))")
        if let opaque { parameters.append("opaque=\(AuthParameters.quote(opaque))") }
        if userhash { parameters.append("userhash=true") }
        return "Digest " + parameters.joined(separator: ", ")
    }

    /// Whether these credentials prove `password` for `username` on `method`, answering `challenge` (its nonce, realm
    /// and algorithm; the request's own target is the `uri` they name).
    public func prove(username plainUsername: String, password: String, method: String, answering challenge: DigestChallenge) -> Bool {
        guard nonce == challenge.nonce, realm == challenge.realm, algorithm == challenge.algorithm else { return false }
        let expectedName = challenge.userhash ? algorithm.hash("\(plainUsername):\(realm)") : plainUsername
        guard username == expectedName, userhash == challenge.userhash else { return false }
        let expected = Self.response(
            algorithm: algorithm, username: plainUsername, realm: realm, password: password, nonce: nonce, cnonce: cnonce,
            nonceCount: nonceCount, qop: qop, method: method, uri: uri)
        return Self.constantTimeEqual(expected, response.lowercased())
    }

    /// RFC 7616 §3.4.1: `KD(H(A1), nonce:nc:cnonce:qop:H(A2))`, or `KD(H(A1), nonce:H(A2))` without `qop`.
    static func response(
        algorithm: DigestAlgorithm, username: String, realm: String, password: String, nonce: String, cnonce: String?,
        nonceCount: String?, qop: String?, method: String, uri: String
    ) -> String {
        var a1 = algorithm.hash("\(username):\(realm):\(password)")
        if algorithm.isSession { a1 = algorithm.hash("\(a1):\(nonce):\(cnonce ?? "")") }
        let a2 = algorithm.hash("\(method):\(uri)")
        if let qop, let nonceCount {
            return algorithm.hash("\(a1):\(nonce):\(nonceCount):\(cnonce ?? ""):\(qop):\(a2)")
        }
        return algorithm.hash("\(a1):\(nonce):\(a2)")
    }

    /// A fresh client nonce: 16 random bytes in hexadecimal.
    public static func newClientNonce() -> String {
        var generator = SystemRandomNumberGenerator()
        return Hex.string((0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// `nc`: eight lower-case hexadecimal digits.
    private static func count(_ value: Int) -> String {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: value).bigEndian) { Hex.string($0) }
    }

    /// Compares without stopping at the first difference, so a device's check does not tell how close a guess was.
    private static func constantTimeEqual(_ left: String, _ right: String) -> Bool {
        let (a, b) = (Array(left.utf8), Array(right.utf8))
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
