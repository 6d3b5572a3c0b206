import VigieCore

/// Users, the logbook, and the operational routes outside `/api/v1` (health, metrics) plus this document.
extension APIOperations {
    static let users: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/users", operationID: "listUsers", summary: "List users",
            tag: "Users", access: .session(.admin), parameters: OpenAPIParameter.paging(), response: .ok(APISchemas.pageName(of: "User"))),
        OpenAPIOperation(
            method: .post, path: "/api/v1/users", operationID: "createUser", summary: "Create a user",
            description: "Without a password, one is generated and returned once in `generatedPassword`.",
            tag: "Users", access: .session(.admin), requestSchema: "NewUser", response: .created("CreatedUser", location: false),
            specificErrors: [.conflict, .unprocessableContent]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/users/{id}", operationID: "getUser", summary: "Read a user",
            tag: "Users", access: .session(.admin), parameters: [.id(of: "user")], response: .ok("User")),
        OpenAPIOperation(
            method: .put, path: "/api/v1/users/{id}", operationID: "updateUser", summary: "Replace a user",
            description: "Users are disabled (`active: false`) rather than deleted. Administrators cannot demote or disable themselves (409).",
            tag: "Users", access: .session(.admin), parameters: [.id(of: "user")], requestSchema: "User", response: .ok("User"),
            specificErrors: [.conflict, .unprocessableContent]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/users/{id}/password", operationID: "resetUserPassword", summary: "Set a user's password",
            tag: "Users", access: .session(.admin), parameters: [.id(of: "user")], requestSchema: "PasswordReset", response: .noContent,
            specificErrors: [.unprocessableContent]),
    ]

    static let logbook: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/logbook", operationID: "searchLogbook", summary: "Search the logbook",
            description: "Newest first.", tag: "Logbook", access: .session(.operator),
            parameters: [
                .query("from", "Entries at or after this time (ISO 8601).", .dateTime),
                .query("until", "Entries before this time (ISO 8601).", .dateTime),
                .query("siteID", "Entries about this site.", .uuid),
                .query("alarmID", "Entries about this alarm.", .uuid),
                .query("author", "Entries written by this username."),
                .query("kind", "Comma-separated kinds, e.g. `manual.note,manual.call`."),
            ] + OpenAPIParameter.paging(defaultLimit: 100),
            response: .ok(APISchemas.pageName(of: "LogbookEntry"))),
        OpenAPIOperation(
            method: .post, path: "/api/v1/logbook", operationID: "writeLogbookEntry", summary: "Write a manual entry",
            description: "A note, an inbound call or an incident, signed by the caller.",
            tag: "Logbook", access: .session(.operator), requestSchema: "ManualEntry", response: .created("LogbookEntry", location: false),
            specificErrors: [.unprocessableContent]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/logbook/verify", operationID: "verifyLogbook", summary: "Check the logbook's hash chain",
            description: "Reads the whole chain; `firstBreak` names the first altered, missing or inserted entry.",
            tag: "Logbook", access: .session(.supervisor), response: .ok("LogbookVerification")),
    ]

    static let operations: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/healthz", operationID: "health", summary: "Health check",
            description:
                "For load balancers and supervisors: no session needed; answers within about 2 s. 200 only when the store, ingest, every receiver and the work lease hold; 503 with the reasons otherwise.",
            tag: "Operations", access: .anyone, response: .ok("Health"),
            otherResponses: [OpenAPIResponse(status: 503, description: "Degraded", schema: "Health")]),
        OpenAPIOperation(
            method: .get, path: "/metrics", operationID: "metrics", summary: "Prometheus metrics",
            description: "The Prometheus text format. A scraper uses the configured bearer token; a person, a supervisor session.",
            tag: "Operations", access: .sessionOrMetricsBearer(.supervisor),
            response: OpenAPIResponse(status: 200, description: "Metrics in the Prometheus text format 0.0.4", contentType: "text/plain")),
        OpenAPIOperation(
            method: .get, path: "/api/v1/openapi.json", operationID: "openAPIDocument", summary: "This document",
            tag: "Operations", access: .session(.operator),
            response: OpenAPIResponse(status: 200, description: "The OpenAPI 3.1 document")),
    ]
}
