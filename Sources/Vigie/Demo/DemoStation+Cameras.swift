import Foundation
import VigieCore
import VigieWeb

/// The demo's cameras: a few sites get cameras that the demo itself serves (``DemoCameraRoutes``, on the console's
/// port, behind HTTP Digest), so that alarms there show snapshots without any hardware.
extension DemoStation {
    static func cameras(host: String) -> [Device] {
        func camera(_ number: Int, _ site: SiteKey, _ name: String, zones: [Int], mailbox: String, model: String) -> Device {
            Device(
                id: uuid(.device, number), siteID: site.id, name: name, driver: .httpSnapshot, host: host, username: DemoCameraRoutes.username,
                password: DemoCameraRoutes.password, zones: zones, snapshotURL: DemoCameraRoutes.snapshotPath(camera: number), mailbox: mailbox,
                model: model)
        }
        return [
            // Logisud's instructions say so: cameras on the car park and the gate only, none on the loading bays.
            camera(1, .logisudVenissieux, "Caméra portail poids lourds", zones: [2], mailbox: "logisud-portail", model: "Caméra de démonstration"),
            camera(2, .logisudVenissieux, "Caméra clôture nord", zones: [5], mailbox: "logisud-cloture", model: "Caméra de démonstration"),
            camera(3, .banqueGambetta, "Caméra hall et DAB", zones: [1, 2, 4], mailbox: "banque-gambetta-hall", model: "Caméra de démonstration"),
            camera(4, .martelLyon, "Caméra boutique", zones: [1, 2, 3], mailbox: "martel-boutique", model: "Caméra de démonstration"),
        ]
    }

    /// Creates the demo's cameras, or points them at `host` (the console's address, which may change between runs).
    static func installCameras(into store: any Store, host: String) async throws {
        for camera in cameras(host: host) {
            guard try await store.fetch(Site.self, id: camera.siteID) != nil else { continue }
            if let existing = try await store.fetch(Device.self, id: camera.id) {
                if existing.entity.host != host { _ = try await store.update(camera, expectedVersion: nil, by: .system) }
            } else {
                _ = try await store.create(camera, by: .system)
            }
        }
    }
}
