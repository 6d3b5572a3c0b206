import Foundation
import Hummingbird
import VigieCore

/// `GET /api/v1/alarms/{id}/context`: everything the handling screen shows beside the alarm, in one request.
struct AlarmContextController {
    let store: any Store
    let now: @Sendable () -> Date
    /// The live view window, when the station relays live pictures.
    var liveWindow: LiveViewWindow?

    struct AlarmContext: Encodable {
        var alarm: Alarm
        var site: Site?
        var zones: [Zone]
        /// Contacts in call order, without their code and duress words (checked with `check-word`).
        var contacts: [Contact]
        /// Temporary instructions in force now: the banner above the alarm.
        var activeInstructions: [TemporaryInstruction]
        /// The site's ten latest alarms, for its recent history.
        var recentAlarms: [Alarm]
        /// The site's cameras, as the operator names and mutes them: no address, no credentials.
        var devices: [Camera] = []
        /// Until when the cameras with a stream may be watched live for this alarm; `nil` when they may not (the
        /// window is over, the alarm closed, or the station relays no live picture).
        var liveUntil: Date?
    }

    /// A device as the handling screen shows it.
    struct Camera: Encodable {
        var id: UUID
        var name: String
        var kind: Device.Kind
        var zones: [Int]
        /// Whether it has a stream to watch live.
        var live: Bool
        var presets: [Device.Preset]

        init(_ device: Device) {
            id = device.id
            name = device.name
            kind = device.kind
            zones = device.zones
            live = device.streamAddress != nil
            presets = device.presets
        }
    }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("alarms/:id/context") { request, context in
            let id = try request.uuidParameter("id", context: context, what: "alarm")
            guard let alarm = try await store.alarm(id: id) else { throw APIError.notFound("alarm") }
            guard let siteID = alarm.siteID else {
                return try Response.json(AlarmContext(alarm: alarm, site: nil, zones: [], contacts: [], activeInstructions: [], recentAlarms: []))
            }
            let children = ListQuery(limit: ListQuery.maximumLimit, parentID: siteID)
            let date = now()
            return try Response.json(
                AlarmContext(
                    alarm: alarm, site: try await store.fetch(Site.self, id: siteID)?.entity,
                    zones: try await store.list(Zone.self, query: children).items.map(\.entity).sorted { $0.number < $1.number },
                    contacts: try await store.list(Contact.self, query: children).items.map { $0.entity.redacted().entity }.sorted {
                        $0.callOrder < $1.callOrder
                    },
                    activeInstructions: try await store.list(TemporaryInstruction.self, query: children).items.map(\.entity).filter {
                        $0.isActive(at: date)
                    },
                    recentAlarms: try await store.alarms(query: AlarmQuery(scope: .all, siteID: siteID, limit: 10)).items.filter { $0.id != id },
                    devices: try await store.list(Device.self, query: children).items.map { Camera($0.entity) }.sorted { $0.name < $1.name },
                    liveUntil: liveWindow.flatMap { $0.isOpen(for: alarm, at: date) ? $0.end(of: alarm) : nil }))
        }
    }
}
