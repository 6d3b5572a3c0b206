import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigieCore
import VigieTestSupport
import VigieWeb

/// What schemathesis found the server and its OpenAPI document disagreeing on (Tests/e2e/test_openapi_conformance.py
/// runs it against a whole station); each answer is pinned here where it is quick to read.
@Suite struct DocumentedAnswersTests {
    /// A method the API does not serve on one of its paths is a 405 naming the ones it does; a literal segment
    /// wins over a parameter (`/alarms/close` is not an alarm), and a path the API does not have stays a 404.
    @Test(arguments: [
        ("TRACE", "/api/v1/customers", 405, "GET, POST"),
        ("PATCH", "/api/v1/sites/\(UUID())", 405, "GET, PUT, DELETE"),
        ("GET", "/api/v1/alarms/close", 405, "POST"),
        ("OPTIONS", "/healthz", 405, "GET"),
        ("TRACE", "/api/v1/nothing-here", 404, nil),
    ])
    func anUndeclaredMethodIsAMethodNotAllowed(method: String, path: String, status: Int, allowed: String?) async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let response = try await admin.send(client, HTTPRequest.Method(method)!, path)
            #expect(response.status.code == status)
            #expect(response.headers[.allow] == allowed)
            #expect(response.json["error"] as? String == (status == 405 ? "methodNotAllowed" : "notFound"))
        }
    }

    /// Parameters whose document lists their values are refused otherwise, even empty, even when `ids` makes
    /// paging moot: a typo must not quietly mean the default.
    @Test(arguments: [
        ("/api/v1/signals?errors=yes", "errors"),
        ("/api/v1/alarms?scope=", "scope"),
        ("/api/v1/alarms?order=newest", "order"),
        ("/api/v1/export/customers?secrets=1", "secrets"),
        ("/api/v1/export/customers?delimiter=", "delimiter"),
        ("/api/v1/zones?ids=\(UUID())&limit=0", "limit"),
        ("/api/v1/zones?ids=", "ids"),
    ])
    func aParameterOutsideItsDocumentedValuesIsA400NamingIt(uri: String, field: String) async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let response = try await admin.send(client, .get, uri)
            #expect(response.status == .badRequest)
            #expect((response.json["fields"] as? [[String: String]])?.first?["field"] == field)
        }
    }

    /// `after` reads in the identifiers' order whatever `order` says, as the document says.
    @Test func afterReadsInTheIdentifiersOrder() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let operatorSession = try await Browser.signIn(client, username: "operator1")
            let response = try await operatorSession.send(client, .get, "/api/v1/alarms?order=priority&after=\(UUID())")
            #expect(response.status == .ok)
        }
    }

    /// An import without files is a malformed body (400, `Error`); its 422 is kept for the report of bad lines.
    @Test func anImportWithoutFilesIsABadRequest() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let response = try await admin.send(client, .post, "/api/v1/import", json: #"{"files":[]}"#)
            #expect(response.status == .badRequest)
            #expect((response.json["fields"] as? [[String: String]])?.first?["field"] == "files")
        }
    }

    /// A closure code is plain ASCII, as its documented pattern says: a control character or an accent is refused.
    @Test(arguments: ["\\u00013", "CLÔTURE", "FA-USR_1"])
    func aClosureCodeIsPlainASCII(code: String) async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let body = #"{"code":"\#(code)","label":"Essai","outcome":"other"}"#
            let response = try await admin.send(client, .post, "/api/v1/closure-codes", json: body)
            #expect(response.status == (code == "FA-USR_1" ? .created : .unprocessableContent))
        }
    }
}
