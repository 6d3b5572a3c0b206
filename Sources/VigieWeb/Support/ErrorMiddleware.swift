import Hummingbird
import Logging

/// Turns domain errors (validation, store, decoding) into their 4xx JSON answers, unmatched routes into a
/// JSON 404, and a method the API does not serve on one of its paths into a 405, so that bad input never
/// surfaces as a 500.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = APIOperations.methods(servingPath: request.uri.path)
            if !allowed.isEmpty { throw APIError.methodNotAllowed(request.method, allowed: allowed) }
            throw APIError(.notFound, code: "notFound", message: "no route for \(request.method) \(request.uri.path)")
        } catch {
            if let apiError = APIError.from(error) { throw apiError }
            if !(error is any HTTPResponseError) {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            }
            throw error
        }
    }
}
