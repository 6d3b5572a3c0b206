import Foundation
import Hummingbird
import VigieCore

/// Sign-in, the current session, sign-out and the user's own password.
struct SessionController {
    let store: any Store
    let hasher: PasswordHasher
    let policy: SessionPolicy
    let now: @Sendable () -> Date
    /// Whether the station is a demo whose traffic the console can switch (``DemoController``).
    var isDemo = false
    /// The zone of station time (``WebConfiguration/stationTimeZone``), told to every console with its session.
    var stationTimeZone = "Europe/Paris"

    struct Credentials: Decodable {
        var username: String
        var password: String
    }

    struct SessionInfo: Encodable {
        var user: User
        var csrfToken: String
        var expiresAt: Date
        var demo: Bool
        var stationTimeZone: String
    }

    struct PasswordChange: Decodable {
        var currentPassword: String
        var newPassword: String
    }

    /// A bcrypt hash of a random value, verified for unknown usernames so they take as long as known ones.
    let decoyHash: String
    /// Failed sign-ins per account and address, and per address (``SignInThrottle``).
    let attempts: SignInAttempts

    /// `POST /api/v1/session`: open to anyone; everything else needs the cookie it sets.
    func addPublicRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("session") { request, context in try await signIn(request, context: context) }
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("session") { _, context in
            let signedIn = try context.requireUser()
            return try Response.json(
                SessionInfo(
                    user: signedIn.user, csrfToken: signedIn.session.csrfToken, expiresAt: signedIn.session.expiresAt, demo: isDemo,
                    stationTimeZone: stationTimeZone))
        }
        group.delete("session") { _, context in
            let signedIn = try context.requireUser()
            try await store.closeSession(idHash: signedIn.session.idHash, kind: .logout, by: signedIn.author)
            var response = Response.noContent()
            response.setCookie(
                Cookie(
                    name: SessionPolicy.cookieName, value: "", maxAge: 0, path: "/", secure: policy.secureCookie, httpOnly: true, sameSite: .strict))
            return response
        }
        group.post("session/password") { request, context in
            let signedIn = try context.requireUser()
            let change = try await request.decodeJSON(PasswordChange.self, context: context)
            guard let credentials = try await store.credentials(username: signedIn.user.username),
                try await hasher.verify(change.currentPassword, hash: credentials.passwordHash)
            else {
                throw APIError(
                    .unprocessableContent, code: "validation", message: "currentPassword is wrong",
                    fields: [FieldError(field: "currentPassword", .wrongPassword)])
            }
            try User.validate(password: change.newPassword, field: "newPassword")
            try await store.setPassword(userID: signedIn.user.id, passwordHash: try await hasher.hash(change.newPassword), by: signedIn.author)
            return Response.noContent()
        }
    }

    private func signIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        try Self.checkSameOrigin(request)
        let attempt = try await request.decodeJSON(Credentials.self, context: context)
        let now = self.now()
        let (username, address) = (attempt.username.lowercased(), context.peerAddress)
        // Asked before the name is looked up, so that a known name and an unknown one get the same answers.
        if let lockedUntil = attempts.lockedUntil(username: username, address: address, at: now) {
            let minutes = max(1, Int((lockedUntil.timeIntervalSince(now) / 60).rounded(.up)))
            throw APIError(
                .tooManyRequests, code: "locked",
                Reason(
                    "locked", ["minutes": "\(minutes)"],
                    english: "too many failed sign-ins; try again after \(lockedUntil.iso8601Milliseconds)"))
        }
        guard let credentials = try await store.credentials(username: username) else {
            _ = try await hasher.verify(attempt.password, hash: decoyHash)
            attempts.failed(username: username, address: address, at: now)
            return try await refuse()
        }
        guard credentials.user.active, try await hasher.verify(attempt.password, hash: credentials.passwordHash) else {
            attempts.failed(username: username, address: address, at: now)
            // Logged for the audit; the lock is the throttle's, per address, so that a guesser cannot lock the user out.
            try await store.recordFailedLogin(userID: credentials.user.id, lockUntil: nil, at: now)
            return try await refuse()
        }
        attempts.succeeded(username: username, address: address)
        let cookieValue = Self.randomToken()
        let session = UserSession(
            idHash: SessionMiddleware.hash(cookieValue), userID: credentials.user.id, csrfToken: Self.randomToken(),
            createdAt: now, lastSeenAt: now, expiresAt: now.addingTimeInterval(policy.maximumAge))
        try await store.openSession(session, for: credentials.user)
        var response = try Response.json(
            SessionInfo(
                user: credentials.user, csrfToken: session.csrfToken, expiresAt: session.expiresAt, demo: isDemo,
                stationTimeZone: stationTimeZone), status: .created)
        response.setCookie(
            Cookie(
                name: SessionPolicy.cookieName, value: cookieValue, maxAge: Int(policy.maximumAge), path: "/",
                secure: policy.secureCookie, httpOnly: true, sameSite: .strict))
        return response
    }

    private func refuse() async throws -> Response {
        try await Task.sleep(for: policy.failureDelay)
        throw APIError(.unauthorized, code: "unauthenticated", Reason("wrongCredentials", english: "wrong username or password"))
    }

    /// Refuses a sign-in posted from another site's page (login CSRF); browsers always send `Origin` on POST.
    static func checkSameOrigin(_ request: Request) throws {
        guard let origin = request.headers[.origin], origin != "null" else { return }
        let host = request.head.authority ?? ""
        guard let originHost = URL(string: origin)?.host(), !host.isEmpty,
            originHost == (host.split(separator: ":").first.map(String.init) ?? host)
        else { throw APIError(.forbidden, code: "csrf", message: "sign-in from another origin (\(origin)) is refused") }
    }

    /// 32 random bytes, URL-safe base64: session ids and CSRF tokens.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
