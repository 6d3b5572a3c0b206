import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Prometheus
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// A real router over a real SQLite store, with one user per role, driven without sockets (or over loopback).
struct WebHarness {
    static let password = "correct horse battery"

    let store: SQLiteStore
    let clock: TestClock
    let app: Application<RouterResponder<AppRequestContext>>
    let users: [Role: User]

    init(
        policy: SessionPolicy = SessionPolicy(failureDelay: .zero), metricsToken: String? = nil, hooks: StationHooks = StationHooks(),
        configure: (inout WebConfiguration) -> Void = { _ in }
    ) async throws {
        clock = TestClock()
        let directory = try makeTemporaryDirectory("vigie-web")
        store = try SQLiteStore(path: directory.appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let hasher = PasswordHasher(cost: 4)
        var users: [Role: User] = [:]
        for role in Role.allCases {
            let user = User(username: "\(role.rawValue)1", displayName: "Test \(role.rawValue)", role: role)
            users[role] = try await store.createUser(user, passwordHash: try await hasher.hash(Self.password), by: .system)
        }
        self.users = users
        var policy = policy
        policy.clock = clock.station
        var configuration = WebConfiguration(sessions: policy, bcryptCost: 4, metricsToken: metricsToken, publicDirectory: directory.path)
        configure(&configuration)
        let router = try await WebApplication.buildRouter(
            configuration: configuration, store: store, registry: PrometheusCollectorRegistry(), hooks: hooks, now: clock.function)
        app = Application(router: router, server: WebApplication.server(configuration: configuration))
    }

    /// Puts the users of `roles` on shift, as a take-over of the shift checklist would.
    func putOnShift(_ roles: Role...) async throws {
        for role in roles {
            guard let user = users[role] else { continue }
            try await store.appendLogbook(
                LogbookDraft(kind: .shiftTakenOver, author: Author(userID: user.id, name: user.username), summary: "\(user.username) takes over"))
        }
    }

    /// Runs `body` with a client of the router.
    func run<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await app.test(.router, body)
    }

    /// Runs `body` with a client of a real server on a loopback port (`client.port`), with the station's HTTP deadlines.
    func runLive<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await app.test(.live, body)
    }
}

/// A signed-in browser: its cookie and CSRF token, added to every request it makes.
struct Browser: Sendable {
    var cookie: String?
    var csrfToken: String?

    static let anonymous = Browser(cookie: nil, csrfToken: nil)

    /// Signs in through the API, as the console does.
    static func signIn(_ client: any TestClientProtocol, username: String, password: String = WebHarness.password) async throws -> Browser {
        let response = try await client.execute(
            uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"username":"\#(username)","password":"\#(password)"}"#))
        guard response.status == .created, let setCookie = response.headers[.setCookie],
            let cookie = setCookie.split(separator: ";").first.map(String.init)
        else { throw HarnessError.signInFailed(response.status.code, String(buffer: response.body)) }
        let info = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
        return Browser(cookie: cookie, csrfToken: info?["csrfToken"] as? String)
    }

    /// Sends a request with the session cookie and, unless told otherwise, the CSRF token.
    @discardableResult
    func send(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, json: String? = nil, csrf: Bool = true,
        headers extra: HTTPFields = [:]
    ) async throws -> TestResponse {
        var headers = extra
        if let cookie { headers[.cookie] = cookie }
        if csrf, let csrfToken { headers[HTTPField.Name("X-CSRF-Token")!] = csrfToken }
        if json != nil { headers[.contentType] = "application/json" }
        return try await client.execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}

enum HarnessError: Error {
    case signInFailed(Int, String)
}

extension TestResponse {
    /// The body as a JSON object, or an empty dictionary.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }
}
