import Hummingbird
import VigieCore

/// Refuses requests without a session (401) or with a role below `minimum` (403).
struct RequireRole: RouterMiddleware {
    typealias Context = AppRequestContext

    let minimum: Role

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let signedIn = try context.requireUser()
        guard signedIn.user.role.includes(minimum) else { throw APIError.forbidden(minimum) }
        return try await next(request, context)
    }
}
