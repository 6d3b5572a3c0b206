import Foundation
import VigieCore
import VigieProtocols

/// Checks that a push comes from the camera it names: the `Authorization` of the request proves the camera's own
/// account (``Device/username`` and ``Device/password``), by HTTP Digest (RFC 7616) or Basic, as cameras configured
/// with "HTTP authentication" for their listening host send one or the other.
///
/// The Digest nonce is drawn once per start of the station: it binds the answer to this station, not to one request,
/// so a captured push can be replayed until the station restarts, as one sent with Basic can. Deduplication makes a
/// replay harmless (the same body is the same signal); send pushes over a trusted network or a VPN.
struct PushAuthenticator: Sendable {
    let realm: String
    let nonce = Hex.string((0..<16).map { _ in UInt8.random(in: 0...255) })

    enum Verdict: Equatable {
        case accepted
        /// No account is configured for the device: it cannot prove who it is, so nothing it pushes is taken.
        case noAccount
        /// Missing or wrong credentials: answered `401` with these challenges.
        case challenge([String])
    }

    func check(authorization: String?, method: String, username: String?, password: String?) -> Verdict {
        guard let username, let password, !password.isEmpty else { return .noAccount }
        let challenge = DigestChallenge(realm: realm, nonce: nonce)
        if let authorization {
            if authorization.lowercased().hasPrefix("basic "), let basic = Self.basic(authorization), basic.user == username,
                basic.password == password
            {
                return .accepted
            }
            if let digest = try? DigestAuthorization(parsing: authorization),
                digest.prove(username: username, password: password, method: method, answering: challenge)
            {
                return .accepted
            }
        }
        return .challenge([challenge.header, "Basic realm=\"\(realm)\""])
    }

    /// The user and password of a `Basic` authorization.
    static func basic(_ header: String) -> (user: String, password: String)? {
        guard let data = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
            let text = String(data: data, encoding: .utf8), let colon = text.firstIndex(of: ":")
        else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }
}
