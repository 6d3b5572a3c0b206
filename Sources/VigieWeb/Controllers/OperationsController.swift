import Foundation
import Hummingbird
import Prometheus
import VigieCore

/// `/healthz` for load balancers and process supervisors, and `/metrics` for Prometheus.
struct OperationsController {
    let store: any Store
    let registry: PrometheusCollectorRegistry
    /// A bearer token that lets a Prometheus scraper read `/metrics` without a session; `nil` allows sessions only.
    let metricsToken: String?
    /// The station's checks (ingest committing, receivers listening, lease) beside the store's own.
    let stationHealth: @Sendable () -> [HealthCheck]
    /// A store that does not answer within this is reported unavailable: `/healthz` itself never hangs.
    var storeDeadline: Duration = .seconds(2)

    struct Health: Encodable {
        var status: String
        var store: String
        var checks: [HealthCheck]
        /// The failed checks' reasons, for a person reading the answer.
        var problems: [String]
    }

    /// `/healthz` needs no session: a load balancer has none. 200 only when every check holds, else 503 with why.
    func addPublicRoutes(to router: Router<AppRequestContext>) {
        router.get("healthz") { _, _ in
            var checks = [await storeCheck()]
            checks += stationHealth()
            let failing = checks.filter { !$0.ok }
            let health = Health(
                status: failing.isEmpty ? "ok" : "degraded", store: checks[0].ok ? "ok" : "unavailable", checks: checks,
                problems: failing.map { "\($0.name): \($0.detail)" })
            return try Response.json(health, status: failing.isEmpty ? .ok : .serviceUnavailable)
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

    /// The store answers a read within its deadline.
    private func storeCheck() async -> HealthCheck {
        let store = self.store
        do {
            _ = try await withDeadline(storeDeadline, "a read of the store") { try await store.logbook(query: LogbookQuery(limit: 1)) }
            return HealthCheck(name: "store", ok: true)
        } catch {
            return .failing("store", "\(error)")
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
