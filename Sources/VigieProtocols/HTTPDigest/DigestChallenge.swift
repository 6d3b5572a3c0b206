import Foundation

/// A device's `WWW-Authenticate: Digest …` challenge (RFC 7616 §3.3), as a camera or a recorder sends it with its 401.
public struct DigestChallenge: Sendable, Hashable {
    public var realm: String
    public var nonce: String
    public var opaque: String?
    public var algorithm: DigestAlgorithm
    /// Whether the challenge offers `qop=auth`; without any `qop`, the RFC 2069 form is answered.
    public var offersAuthQOP: Bool
    /// The nonce expired but the credentials were right: answer again with the new nonce, do not report a bad password.
    public var stale: Bool
    /// The device wants the username hashed (RFC 7616 §3.4.4).
    public var userhash: Bool

    public init(
        realm: String, nonce: String, opaque: String? = nil, algorithm: DigestAlgorithm = .md5, offersAuthQOP: Bool = true,
        stale: Bool = false, userhash: Bool = false
    ) {
        self.realm = realm
        self.nonce = nonce
        self.opaque = opaque
        self.algorithm = algorithm
        self.offersAuthQOP = offersAuthQOP
        self.stale = stale
        self.userhash = userhash
    }

    /// Reads one `WWW-Authenticate` value; throws ``DigestError`` naming what is wrong.
    public init(parsing header: String) throws(DigestError) {
        let parameters = try AuthParameters(digestHeader: header)
        guard let realm = parameters["realm"] else { throw .missing("realm") }
        guard let nonce = parameters["nonce"], !nonce.isEmpty else { throw .missing("nonce") }
        let algorithm = try DigestAlgorithm(parameter: parameters["algorithm"])
        var offersAuth = false
        if let qop = parameters["qop"] {
            let offered = qop.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            offersAuth = offered.contains("auth")
            guard offersAuth else { throw .unsupportedQOP(qop) }
        }
        self.init(
            realm: realm, nonce: nonce, opaque: parameters["opaque"], algorithm: algorithm, offersAuthQOP: offersAuth,
            stale: parameters["stale"]?.lowercased() == "true", userhash: parameters["userhash"]?.lowercased() == "true")
    }

    /// The strongest usable Digest challenge among a 401's `WWW-Authenticate` values (SHA-256 before MD5), or the
    /// first value's error when none is usable.
    public static func strongest(in headers: [String]) throws(DigestError) -> DigestChallenge {
        var usable: [DigestChallenge] = []
        var firstError: DigestError?
        for header in headers {
            do {
                usable.append(try DigestChallenge(parsing: header))
            } catch {
                firstError = firstError ?? error
            }
        }
        guard let best = usable.max(by: { $0.algorithm.strength < $1.algorithm.strength }) else { throw firstError ?? .notDigest }
        return best
    }

    /// The `WWW-Authenticate` value of this challenge, as a fake device or the demo's cameras send it.
    public var header: String {
        var parameters = ["realm=\(AuthParameters.quote(realm))"]
        if offersAuthQOP { parameters.append("qop=\"auth\"") }
        parameters.append("algorithm=\(algorithm.rawValue)")
        parameters.append("nonce=\(AuthParameters.quote(nonce))")
        if let opaque { parameters.append("opaque=\(AuthParameters.quote(opaque))") }
        if stale { parameters.append("stale=true") }
        if userhash { parameters.append("userhash=true") }
        return "Digest " + parameters.joined(separator: ", ")
    }
}
