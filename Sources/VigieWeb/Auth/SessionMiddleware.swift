import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import VigieCore

/// Resolves the session cookie into ``SignedIn`` and enforces CSRF on state-changing requests.
///
/// It does not refuse anonymous requests: ``RequireRole`` does, so that the login route and the
/// health check can sit behind the same middleware stack. Idle time and age are measured on
/// ``SessionPolicy/clock``'s monotonic reading (``SessionActivity``); the times it stores come from `now`.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let store: any Store
    let policy: SessionPolicy
    let now: @Sendable () -> Date
    private let activity = SessionActivity()

    init(store: any Store, policy: SessionPolicy, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.policy = policy
        self.now = now
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let cookie = request.cookies[SessionPolicy.cookieName]?.value, let signedIn = try await resolve(cookie: cookie) {
            if request.method.isStateChanging {
                guard let token = request.headers[HTTPField.Name(SessionPolicy.csrfHeader)!],
                    Self.constantTimeEqual(token, signedIn.session.csrfToken)
                else {
                    throw APIError(.forbidden, code: "csrf", message: "missing or wrong \(SessionPolicy.csrfHeader) header")
                }
            }
            context.signedIn = signedIn
        }
        return try await next(request, context)
    }

    /// The live session for a cookie value; an expired one is closed and logged.
    private func resolve(cookie: String) async throws -> SignedIn? {
        let idHash = Self.hash(cookie)
        guard let session = try await store.session(idHash: idHash) else { return nil }
        guard let user = try await store.user(id: session.userID), user.active else { return nil }
        let now = StationInstant(wall: self.now(), monotonic: policy.clock.monotonic())
        switch activity.admit(session, now: now, policy: policy) {
        case .expired:
            activity.forget(idHash)
            try await store.closeSession(idHash: idHash, kind: .sessionExpired, by: Author(user))
            return nil
        case .active(let touch):
            if touch { try await store.touchSession(idHash: idHash, at: now.wall) }
            return SignedIn(user: user, session: session)
        }
    }

    static func hash(_ value: String) -> String {
        Hex.string(SHA256.hash(data: Data(value.utf8)))
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension HTTPRequest.Method {
    /// Methods that change state and so must carry the CSRF token.
    var isStateChanging: Bool {
        self != .get && self != .head && self != .options
    }
}
