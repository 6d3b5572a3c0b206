import Foundation
import Hummingbird
import VigieCore

/// `GET` and `PUT /api/v1/demo/traffic`: whether the demo's simulated panels send their events, and the switch.
/// A station that is not a demo answers 404: there is no traffic to switch.
struct DemoController {
    let store: any Store
    let traffic: DemoTrafficSwitch?

    struct State: Codable {
        var paused: Bool
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("demo/traffic") { _, context in
            _ = try context.require(.operator)
            return try Response.json(State(paused: try available().isPaused()))
        }
        group.put("demo/traffic") { request, context in
            let signedIn = try context.require(.operator)
            let traffic = try available()
            let wanted = try await request.decodeJSON(State.self, context: context)
            if wanted.paused != traffic.isPaused() {
                traffic.setPaused(wanted.paused)
                _ = try await store.appendLogbook(
                    LogbookDraft(
                        kind: .demoTraffic, author: Author(userID: signedIn.user.id, name: signedIn.user.username),
                        summary: "demo traffic \(wanted.paused ? "paused" : "resumed") by \(signedIn.user.username)", details: wanted))
            }
            return try Response.json(State(paused: traffic.isPaused()))
        }
    }

    private func available() throws -> DemoTrafficSwitch {
        guard let traffic else { throw APIError.notFound("demo traffic") }
        return traffic
    }
}
