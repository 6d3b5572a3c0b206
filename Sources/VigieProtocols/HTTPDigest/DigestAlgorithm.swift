import Crypto
import Foundation
import VigieCore

/// The hash a Digest exchange uses (RFC 7616 §3.2), and whether the session (`-sess`) variant binds the key to
/// the nonce. Cameras offer MD5 (most) and SHA-256 (newer firmware); SHA-512-256 is not offered by any we know.
public enum DigestAlgorithm: String, Sendable, Hashable, CaseIterable {
    case md5 = "MD5"
    case md5Session = "MD5-sess"
    case sha256 = "SHA-256"
    case sha256Session = "SHA-256-sess"

    /// Parses the `algorithm` parameter, ignoring case; absent means MD5 (RFC 7616 §3.3).
    init(parameter: String?) throws(DigestError) {
        guard let parameter else {
            self = .md5
            return
        }
        guard let algorithm = Self.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(parameter) == .orderedSame }) else {
            throw .unsupportedAlgorithm(parameter)
        }
        self = algorithm
    }

    public var isSession: Bool { self == .md5Session || self == .sha256Session }

    /// Stronger algorithms first, to choose among several challenges.
    var strength: Int { self == .sha256 || self == .sha256Session ? 2 : 1 }

    /// The lower-case hexadecimal hash of `text`'s UTF-8 bytes.
    func hash(_ text: String) -> String {
        let data = Data(text.utf8)
        switch self {
        case .md5, .md5Session: return Hex.string(Insecure.MD5.hash(data: data))
        case .sha256, .sha256Session: return Hex.string(SHA256.hash(data: data))
        }
    }
}
