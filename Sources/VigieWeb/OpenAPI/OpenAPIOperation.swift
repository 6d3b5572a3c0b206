import VigieCore

/// One route of the API, declared once: the document's path item is rendered from it, and the router test
/// compares `method` and `path` with the routes Hummingbird registered.
struct OpenAPIOperation: Sendable {
    enum Method: String, Sendable, CaseIterable {
        case get, post, put, delete

        /// POST, PUT and DELETE must carry the CSRF token.
        var isStateChanging: Bool { self != .get }
    }

    /// Who may call it.
    enum Access: Sendable {
        /// No session (sign-in, health check).
        case anyone
        /// A session whose role includes this one.
        case session(Role)
        /// The metrics bearer token, or a session whose role includes this one.
        case sessionOrMetricsBearer(Role)
    }

    var method: Method
    /// In OpenAPI form from the server root: `/api/v1/sites/{id}`.
    var path: String
    var operationID: String
    var summary: String
    var description: String?
    var tag: String
    var access: Access
    var parameters: [OpenAPIParameter] = []
    /// A schema of `components.schemas` for the JSON body.
    var requestSchema: String?
    var response: OpenAPIResponse
    /// Answers besides `response` whose body is not the `Error` (the 503 of the health check, the import's 422).
    var otherResponses: [OpenAPIResponse] = []
    /// Errors the handler itself raises; those implied by access, body, query and path are added by `errors`.
    var specificErrors: Set<StandardError> = []

    /// `nil` for routes open to anyone.
    var minimumRole: Role? {
        switch access {
        case .anyone: nil
        case .session(let role), .sessionOrMetricsBearer(let role): role
        }
    }

    /// Every error answer: 401 without a session, 403 when the role may be too low or a CSRF token is due,
    /// 400 when there is a body or a query to get wrong, 404 when the path names an item.
    var errors: [StandardError] {
        var all = specificErrors
        if let minimumRole {
            all.insert(.unauthorized)
            if minimumRole > .operator || method.isStateChanging { all.insert(.forbidden) }
        }
        if requestSchema != nil || parameters.contains(where: { $0.location == .query }) { all.insert(.badRequest) }
        if parameters.contains(where: { $0.location == .path }) { all.insert(.notFound) }
        return all.sorted()
    }

    /// Whether the path, split at `/`, is one of this operation's: a `{name}` segment matches any non-empty one.
    func matches(_ segments: [Substring]) -> Bool {
        let template = path.split(separator: "/", omittingEmptySubsequences: false)
        return template.count == segments.count
            && zip(template, segments).allSatisfy { pattern, segment in
                pattern.hasPrefix("{") ? !segment.isEmpty : pattern == segment
            }
    }

    /// How many `{name}` segments the path has.
    var parameterSegmentCount: Int { path.split(separator: "/").filter { $0.hasPrefix("{") }.count }

    /// The path in Hummingbird's form, `/api/v1/sites/:id`, for comparing with the router.
    var routerPath: String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : String(segment)
        }.joined(separator: "/")
    }
}
