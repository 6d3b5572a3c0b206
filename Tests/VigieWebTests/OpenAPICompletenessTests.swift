import Foundation
import Hummingbird
import Prometheus
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport

@testable import VigieWeb

/// The OpenAPI document describes exactly the routes the server answers, with the roles it enforces.
@Suite struct OpenAPICompletenessTests {
    private func routes() async throws -> Set<String> {
        let store = try SQLiteStore(path: try makeTemporaryDirectory().appendingPathComponent("vigie.sqlite").path)
        let router = try await WebApplication.buildRouter(
            configuration: WebConfiguration(bcryptCost: 4), store: store, registry: PrometheusCollectorRegistry())
        return Set(router.routes.map { "\($0.method.rawValue) \($0.path)" })
    }

    @Test func everyRouteIsDocumentedAndEveryDocumentedRouteExists() async throws {
        let served = try await routes()
        let documented = Set(APIOperations.all.map { "\($0.method.rawValue.uppercased()) \($0.path)" })
        #expect(served.subtracting(documented).sorted() == [], "served but not in openapi.json")
        #expect(documented.subtracting(served).sorted() == [], "in openapi.json but not served")
        #expect(served.count >= 60)
    }

    @Test func documentedRolesMatchTheRoleMatrix() {
        let byRoute = Dictionary(uniqueKeysWithValues: APIOperations.all.map { ("\($0.method.rawValue.uppercased()) \($0.path)", $0.minimumRole) })
        #expect(byRoute["POST /api/v1/session"] == .some(nil))
        #expect(byRoute["GET /healthz"] == .some(nil))
        #expect(byRoute["GET /api/v1/sites"] == .operator)
        #expect(byRoute["POST /api/v1/customers"] == .admin)
        #expect(byRoute["POST /api/v1/temporary-instructions"] == .operator)
        #expect(byRoute["GET /api/v1/users"] == .admin)
        #expect(byRoute["GET /api/v1/logbook/verify"] == .supervisor)
    }
}
