/// Why an e-mail could not be read: stored with the signal as its error (`malformedMIME: …`) and answered `554`.
public enum MailError: Error, Hashable, Sendable {
    /// A header line that is neither `Name: value` nor the continuation of one.
    case malformedHeader(line: Int)
    /// A `multipart/*` entity without its `boundary` parameter.
    case missingBoundary
    /// A multipart body in which the boundary never appears.
    case noParts
    /// A multipart body cut before its closing boundary (`--boundary--`): the message is truncated.
    case unterminatedMultipart
    /// A base64 part that is not base64.
    case badBase64
    /// Multiparts nested deeper than ``MailLimits/depth``.
    case tooDeep
    /// More parts than ``MailLimits/parts``.
    case tooManyParts

    /// The stored reason: one word for what went wrong, then what exactly.
    public var reason: String {
        switch self {
        case .malformedHeader(let line): "malformedMIME: header line \(line) is not \"Name: value\""
        case .missingBoundary: "malformedMIME: multipart without a boundary"
        case .noParts: "malformedMIME: the multipart boundary never appears"
        case .unterminatedMultipart: "malformedMIME: the message ends before its closing boundary"
        case .badBase64: "malformedMIME: a base64 part is not base64"
        case .tooDeep: "malformedMIME: multiparts nested more than \(MailLimits.depth) deep"
        case .tooManyParts: "malformedMIME: more than \(MailLimits.parts) parts"
        }
    }
}

/// The bounds of what one e-mail may contain, so that a hostile message costs bounded work.
public enum MailLimits {
    public static let depth = 5
    public static let parts = 64
}
