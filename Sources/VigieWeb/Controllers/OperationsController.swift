import Foundation
import Hummingbird
import Prometheus
import VigieCore

/// `/healthz` for load balancers and `/metrics` for Prometheus.
struct OperationsController {
    let store: any Store
    let registry: PrometheusCollectorRegistry
    /// A bearer token that lets a Prometheus scraper read `/metrics` without a session; `nil` allows sessions only.
    let metricsToken: String?

    struct Health: Encodable {
        var status: String
        var store: String
    }

    /// `/healthz` needs no session: a load balancer has none.
    func addPublicRoutes(to router: Router<AppRequestContext>) {
        router.get("healthz") { _, _ in
            do {
                _ = try await store.logbook(query: LogbookQuery(limit: 1))
                return try Response.json(Health(status: "ok", store: "ok"))
            } catch {
                return try Response.json(Health(status: "degraded", store: "unavailable"), status: .serviceUnavailable)
            }
        }
        router.get("metrics") { request, context in
            let bearer = request.headers[.authorization].flatMap { $0.hasPrefix("Bearer ") ? String($0.dropFirst(7)) : nil }
            if let metricsToken, let bearer, SessionMiddleware.constantTimeEqual(bearer, metricsToken) {
                return metrics()
            }
            try context.require(.supervisor)
            return metrics()
        }
    }

    private func metrics() -> Response {
        var bytes: [UInt8] = []
        registry.emit(into: &bytes)
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
