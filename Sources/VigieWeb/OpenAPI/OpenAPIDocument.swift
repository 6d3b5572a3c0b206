import Foundation

/// The OpenAPI 3.1 description of the whole API, served at `/api/v1/openapi.json`.
///
/// Rendered once from `APIOperations.all` and `APISchemas.all`, with sorted keys so that the same code
/// always serves the same bytes.
enum OpenAPIDocument {
    static let json: [UInt8] = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // A tree of strings, integers, booleans and finite doubles always encodes: failing here is a bug.
        return Array(try! encoder.encode(value))
    }()

    /// `(method, path)` of every route, method upper-case and path in OpenAPI form (`/api/v1/sites/{id}`).
    static var operations: [(method: String, path: String)] {
        APIOperations.all.map { ($0.method.rawValue.uppercased(), $0.path) }
    }

    /// The schemas of `components.schemas`, by name.
    static var schemas: [String: JSONSchema] { APISchemas.all }

    static let sessionCookieName = "vigie_session"
    static let csrfHeaderName = "X-CSRF-Token"

    /// The whole document as a JSON tree.
    static var value: JSONValue {
        var paths: [String: [String: JSONValue]] = [:]
        for operation in APIOperations.all {
            paths[operation.path, default: [:]][operation.method.rawValue] = operation.json
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Vigie API",
                "version": "1",
                "description": .string(description),
            ],
            "servers": [["url": "/"]],
            "tags": .array(
                APIOperations.tags.map { .object(dropping: ["name": .string($0.name), "description": $0.description.map(JSONValue.string)]) }),
            "paths": .object(paths.mapValues(JSONValue.object)),
            "components": [
                "schemas": .object(APISchemas.all.mapValues(\.json)),
                "responses": .object(Dictionary(uniqueKeysWithValues: StandardError.allCases.map { ($0.name, $0.component) })),
                "securitySchemes": securitySchemes,
            ],
        ]
    }

    private static let description = """
        The JSON API of Vigie, an open-source alarm receiving centre: configuration (customers, sites, transmitters, \
        zones, contacts, procedures, schedules, temporary instructions, closure codes, supervision profiles), users, \
        the logbook (main courante) and operator actions.

        Sign in with `POST /api/v1/session`: the answer sets the `vigie_session` cookie and returns a CSRF token to send \
        in the `X-CSRF-Token` header on every POST, PUT and DELETE. Roles: operator < supervisor < admin; each \
        operation's `x-vigie-role` names the lowest role that may call it.

        Dates are ISO 8601 in UTC with milliseconds (`2026-11-23T21:04:05.123Z`); ids are UUIDs. Lists are paged \
        (`offset`, `limit` up to 1000) and answer `{items, total, offset, limit}`. Every refusal is an `Error` body \
        naming what was wrong, and nothing is written.
        """

    private static let securitySchemes: JSONValue = [
        "session": [
            "type": "apiKey", "in": "cookie", "name": .string(sessionCookieName),
            "description": "The session cookie set by POST /api/v1/session (HttpOnly, SameSite=Strict).",
        ],
        "csrf": [
            "type": "apiKey", "in": "header", "name": .string(csrfHeaderName),
            "description": "The csrfToken of the session, required on POST, PUT and DELETE.",
        ],
        "metricsBearer": [
            "type": "http", "scheme": "bearer",
            "description": "The metrics token of the configuration, for Prometheus scrapers of /metrics.",
        ],
    ]
}
