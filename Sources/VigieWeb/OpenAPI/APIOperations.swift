import VigieCore

/// Every route of the server, in the order of the document.
///
/// A new route is one `OpenAPIOperation` in the list of its area (or a new area added to `all`); the router
/// test fails until it is listed here.
enum APIOperations {
    static let all: [OpenAPIOperation] =
        session + ConfigResource.all.flatMap(configuration(for:)) + operatorActions + users + logbook + signals + alarms + media + console + live
        + shifts
        + exchange + operations

    /// The methods declared for `path` (a concrete path such as `/api/v1/sites/42`), upper case, for the
    /// `Allow` header of a 405; empty when no operation has this path. As in the router, a literal segment
    /// wins over a parameter: `/api/v1/alarms/close` is the bulk closure's path, not an alarm's.
    static func methods(servingPath path: String) -> [String] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        let matching = all.filter { $0.matches(segments) }
        let fewestParameters = matching.map(\.parameterSegmentCount).min()
        return matching.filter { $0.parameterSegmentCount == fewestParameters }.map { $0.method.rawValue.uppercased() }
    }

    /// Tags in order of first use, each with a description when it has one.
    static var tags: [(name: String, description: String?)] {
        var seen: Set<String> = []
        return all.map(\.tag).filter { seen.insert($0).inserted }.map { ($0, tagDescriptions[$0] ?? configurationTagDescriptions[$0]) }
    }

    /// A configuration kind's tag is described by its entity's schema.
    private static var configurationTagDescriptions: [String: String] {
        Dictionary(uniqueKeysWithValues: ConfigResource.all.map { ($0.tag, APISchemas.all[$0.schemaName]?.description ?? "") })
    }

    static let tagDescriptions: [String: String] = [
        "Session": "Sign in, the current session, sign out and the user's own password.",
        "Users": "User administration, for administrators.",
        "Logbook": "The main courante: append-only, hash-chained, searchable.",
        "Signals": "Every frame the receivers got, and the receivers' status.",
        "Alarms": "The alarm queue and the handling of each alarm.",
        "Shifts": "Take-over with its checklist, hand-over with its report.",
        "Exchange": "Import and export of the customer base as CSV, for administrators.",
        "Operations": "Health, metrics and this document.",
    ]

    static let session: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .post, path: "/api/v1/session", operationID: "signIn", summary: "Sign in",
            description: """
                Opens a session: the answer sets the `vigie_session` cookie (HttpOnly, SameSite=Strict) and gives the \
                CSRF token to send in `X-CSRF-Token` on every later POST, PUT and DELETE. A wrong username or password \
                is a 401 after a delay; repeated failures lock the account (429). A sign-in posted from another \
                origin is a 403.
                """,
            tag: "Session", access: .anyone, requestSchema: "Credentials",
            response: OpenAPIResponse(
                status: 201, description: "Signed in", schema: "SessionInfo", headers: ["Set-Cookie": "The vigie_session cookie."]),
            specificErrors: [.unauthorized, .forbidden, .tooManyRequests]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/session", operationID: "getSession", summary: "The current session",
            description: "The signed-in user and the CSRF token, e.g. after a page reload.",
            tag: "Session", access: .session(.operator), response: .ok("SessionInfo")),
        OpenAPIOperation(
            method: .delete, path: "/api/v1/session", operationID: "signOut", summary: "Sign out",
            description: "Closes the session (logged as session.logout) and clears the cookie.",
            tag: "Session", access: .session(.operator), response: .noContent),
        OpenAPIOperation(
            method: .post, path: "/api/v1/session/password", operationID: "changeOwnPassword", summary: "Change one's own password",
            description: "A wrong currentPassword or a too short newPassword is a 422.",
            tag: "Session", access: .session(.operator), requestSchema: "PasswordChange", response: .noContent,
            specificErrors: [.unprocessableContent]),
    ]
}
