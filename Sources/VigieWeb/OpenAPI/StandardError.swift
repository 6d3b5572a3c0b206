/// The error answers shared by all operations, each a `components.responses` entry with the `Error` body.
enum StandardError: Int, CaseIterable, Comparable, Sendable {
    case badRequest = 400
    case unauthorized = 401
    case forbidden = 403
    case notFound = 404
    case conflict = 409
    case gone = 410
    case unprocessableContent = 422
    case tooManyRequests = 429
    case serviceUnavailable = 503

    /// The name under `#/components/responses/`.
    var name: String {
        switch self {
        case .badRequest: "BadRequest"
        case .unauthorized: "Unauthorized"
        case .forbidden: "Forbidden"
        case .notFound: "NotFound"
        case .conflict: "Conflict"
        case .gone: "Gone"
        case .unprocessableContent: "UnprocessableContent"
        case .tooManyRequests: "TooManyRequests"
        case .serviceUnavailable: "ServiceUnavailable"
        }
    }

    var description: String {
        switch self {
        case .badRequest: "Malformed JSON, a missing or mistyped field, or an invalid query parameter (`badRequest`)."
        case .unauthorized: "No valid session: sign in first (`unauthenticated`)."
        case .forbidden: "The role is too low (`forbidden`), or the X-CSRF-Token header is missing or wrong (`csrf`)."
        case .notFound: "No item with this id, or no such route (`notFound`)."
        case .conflict:
            "Another item already has this unique value (`duplicate`), the item changed since the `version` sent, "
                + "or it still has dependents (`conflict`)."
        case .gone: "The item's content was removed at the end of its retention; its record stays (`gone`)."
        case .unprocessableContent: "Field values break a rule or name missing items (`validation`); `fields` says which."
        case .tooManyRequests: "Too many failed sign-ins: the account is locked for a while (`locked`)."
        case .serviceUnavailable: "The station cannot do it now: as many live views are open as it allows (`tooManyLiveViews`)."
        }
    }

    var component: JSONValue {
        ["description": .string(description), "content": ["application/json": ["schema": JSONSchema.ref("Error").json]]]
    }

    var reference: JSONValue { ["$ref": .string("#/components/responses/" + name)] }

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
}
