/// Why a Digest challenge or credentials cannot be used, in words an installer understands.
public enum DigestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The header names another scheme (`Basic realm=…`) or none.
    case notDigest
    /// A parameter the scheme requires is absent (`realm`, `nonce`; `username`, `uri`, `response` in credentials).
    case missing(String)
    /// The parameter list cannot be read: `reason` says where.
    case malformed(String)
    /// An algorithm this station does not compute (`SHA-512-256`).
    case unsupportedAlgorithm(String)
    /// The device offers only quality-of-protection modes this station does not compute (`auth-int`).
    case unsupportedQOP(String)

    public var description: String {
        switch self {
        case .notDigest: "not a Digest challenge"
        case .missing(let name): "the \(name) parameter is missing"
        case .malformed(let reason): "the parameter list is malformed: \(reason)"
        case .unsupportedAlgorithm(let name): "the \(name) algorithm is not supported (MD5, SHA-256 and their -sess forms are)"
        case .unsupportedQOP(let offered): "only qop \(offered) is offered; auth is the one supported"
        }
    }
}
