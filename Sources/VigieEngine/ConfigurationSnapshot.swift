import Foundation
import VigieCore

/// The configuration the engine needs for every signal, held in memory and replaced on each change.
struct ConfigurationSnapshot: Sendable {
    var sites: [UUID: Site] = [:]
    var zones: [UUID: [Int: Zone]] = [:]
    var schedules: [UUID: OpeningSchedule] = [:]
    var instructions: [UUID: [TemporaryInstruction]] = [:]
    /// Sites of customers of kind `station`: the station's own protection.
    var stationSites: Set<UUID> = []
    var procedures = ProcedureResolver(procedures: [])

    static func load(from store: any Store) async throws -> ConfigurationSnapshot {
        var snapshot = ConfigurationSnapshot()
        let stationCustomers = Set(try await store.all(Customer.self).filter { $0.kind == .station }.map(\.id))
        for site in try await store.all(Site.self) {
            snapshot.sites[site.id] = site
            if stationCustomers.contains(site.customerID) { snapshot.stationSites.insert(site.id) }
        }
        for zone in try await store.all(Zone.self) { snapshot.zones[zone.siteID, default: [:]][zone.number] = zone }
        for schedule in try await store.all(OpeningSchedule.self) { snapshot.schedules[schedule.siteID] = schedule }
        for instruction in try await store.all(TemporaryInstruction.self) {
            snapshot.instructions[instruction.siteID, default: []].append(instruction)
        }
        snapshot.procedures = ProcedureResolver(procedures: try await store.all(Procedure.self))
        return snapshot
    }

    /// The procedure for `category` at a site (its own, else its customer's, else the station's), or the
    /// station's default when the alarm has no site.
    func procedure(for category: EventCategory, siteID: UUID?) -> Procedure? {
        procedures.resolve(category: category, site: siteID.flatMap { sites[$0] })
    }

    /// The processing context of a site at a moment, with its open alarm if any.
    func context(siteID: UUID?, at date: Date, openAlarm: OpenAlarmSummary?) -> ProcessingContext {
        guard let siteID, let site = sites[siteID] else { return ProcessingContext(site: nil, openAlarm: openAlarm) }
        return ProcessingContext(
            site: site, zones: zones[siteID] ?? [:], schedule: schedules[siteID],
            activeInstructions: (instructions[siteID] ?? []).filter { $0.isActive(at: date) }, openAlarm: openAlarm,
            isStationSite: stationSites.contains(siteID))
    }
}
