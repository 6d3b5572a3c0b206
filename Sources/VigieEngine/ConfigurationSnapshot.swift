import Foundation
import VigieCore

/// The configuration the engine needs for every signal, held in memory: loaded whole at start (and after a large
/// change), then kept current entity by entity (``apply(_:from:)``).
struct ConfigurationSnapshot: Sendable {
    /// Beyond this many entities changed at once, the snapshot is loaded whole rather than one by one.
    static let largestIncrementalChange = 500

    var sites: [UUID: Site] = [:]
    var zones: [UUID: [Int: Zone]] = [:]
    var schedules: [UUID: OpeningSchedule] = [:]
    var instructions: [UUID: [TemporaryInstruction]] = [:]
    /// Devices by id, to name a camera in the station's entries about it.
    var devices: [UUID: Device] = [:]
    /// Sites of customers of kind `station`: the station's own protection.
    var stationSites: Set<UUID> = []
    var stationCustomers: Set<UUID> = []
    /// The site the station's own problems belong to when the report does not name one: its first, in a fixed order.
    var stationSite: UUID? { stationSites.min { $0.uuidString < $1.uuidString } }
    var procedures = ProcedureResolver(procedures: [])

    static func load(from store: any Store) async throws -> ConfigurationSnapshot {
        var snapshot = ConfigurationSnapshot()
        snapshot.stationCustomers = Set(try await store.all(Customer.self).filter { $0.kind == .station }.map(\.id))
        for site in try await store.all(Site.self) {
            snapshot.sites[site.id] = site
            if snapshot.stationCustomers.contains(site.customerID) { snapshot.stationSites.insert(site.id) }
        }
        for zone in try await store.all(Zone.self) { snapshot.zones[zone.siteID, default: [:]][zone.number] = zone }
        for schedule in try await store.all(OpeningSchedule.self) { snapshot.schedules[schedule.siteID] = schedule }
        for instruction in try await store.all(TemporaryInstruction.self) {
            snapshot.instructions[instruction.siteID, default: []].append(instruction)
        }
        for device in try await store.all(Device.self) { snapshot.devices[device.id] = device }
        snapshot.procedures = ProcedureResolver(procedures: try await store.all(Procedure.self))
        return snapshot
    }

    /// Applies what `change` says changed, reading only those entities; a change of customers (which decide the
    /// station's own sites) or procedures reloads those lists, a large or unreadable change the whole snapshot.
    mutating func apply(_ change: ConfigurationChange, from store: any Store) async throws {
        let counts = change.ids.values.map(\.count).reduce(0, +)
        if change.everything || counts > Self.largestIncrementalChange || change.ids[.customer] != nil {
            self = try await Self.load(from: store)
            return
        }
        for id in change.ids[.site] ?? [] {
            let site = try await store.fetch(Site.self, id: id)?.entity
            sites[id] = site
            if let site, stationCustomers.contains(site.customerID) { stationSites.insert(id) } else { stationSites.remove(id) }
        }
        // Each changed entity is first removed wherever it was (it may have moved to another site or number), in
        // one pass over the kind, then read again and put back where it is now (a deleted one stays out).
        if let ids = change.ids[.zone] {
            for (siteID, siteZones) in zones where siteZones.values.contains(where: { ids.contains($0.id) }) {
                zones[siteID] = siteZones.filter { !ids.contains($0.value.id) }
            }
            for id in ids {
                if let zone = try await store.fetch(Zone.self, id: id)?.entity { zones[zone.siteID, default: [:]][zone.number] = zone }
            }
        }
        if let ids = change.ids[.openingSchedule] {
            schedules = schedules.filter { !ids.contains($0.value.id) }
            for id in ids {
                if let schedule = try await store.fetch(OpeningSchedule.self, id: id)?.entity { schedules[schedule.siteID] = schedule }
            }
        }
        if let ids = change.ids[.temporaryInstruction] {
            for (siteID, siteInstructions) in instructions where siteInstructions.contains(where: { ids.contains($0.id) }) {
                instructions[siteID] = siteInstructions.filter { !ids.contains($0.id) }
            }
            for id in ids {
                if let instruction = try await store.fetch(TemporaryInstruction.self, id: id)?.entity {
                    instructions[instruction.siteID, default: []].append(instruction)
                }
            }
        }
        for id in change.ids[.device] ?? [] { devices[id] = try await store.fetch(Device.self, id: id)?.entity }
        if change.ids[.procedure] != nil { procedures = ProcedureResolver(procedures: try await store.all(Procedure.self)) }
    }

    /// The procedure for `category` at a site (its own, else its customer's, else the station's), or the
    /// station's default when the alarm has no site.
    func procedure(for category: EventCategory, code: String? = nil, siteID: UUID?) -> Procedure? {
        procedures.resolve(category: category, code: code, site: siteID.flatMap { sites[$0] })
    }

    /// The processing context of a site at a moment, with its open alarm if any.
    func context(siteID: UUID?, at date: Date, openAlarm: OpenAlarmSummary?) -> ProcessingContext {
        guard let siteID, let site = sites[siteID] else { return ProcessingContext(site: nil, openAlarm: openAlarm, procedures: procedures) }
        return ProcessingContext(
            site: site, zones: zones[siteID] ?? [:], schedule: schedules[siteID],
            activeInstructions: (instructions[siteID] ?? []).filter { $0.isActive(at: date) }, openAlarm: openAlarm,
            isStationSite: stationSites.contains(siteID), procedures: procedures)
    }
}
