import Hummingbird

/// Tells the station that configuration changed after every successful write under `/api/v1`,
/// so the receivers' account cache and the link supervisor pick it up within a moment.
struct ConfigurationChangeMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let onChange: @Sendable () -> Void

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        if request.method.isStateChanging, (200..<300).contains(response.status.code), request.uri.path.hasPrefix("/api/v1/"),
            !request.uri.path.hasPrefix("/api/v1/session"), !request.uri.path.hasPrefix("/api/v1/logbook")
        {
            onChange()
        }
        return response
    }
}
