import Foundation
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport

@testable import VigieEngine

/// The engine's snapshot kept current entity by entity (issue 13: every change reloaded the whole base) must
/// hold what a full load would.
@Suite struct ConfigurationSnapshotTests {
    /// The change the logbook records after `sequence`, as the configuration watch reads it.
    func change(in store: SQLiteStore, after sequence: Int64) async throws -> ConfigurationChange {
        var change = ConfigurationChange()
        let entries = try await store.logbook(query: LogbookQuery(kinds: ConfigurationChange.logbookKinds, afterSequence: sequence, limit: 1000))
        for entry in entries.items { change.add(entry) }
        return change
    }

    func expectSame(_ kept: ConfigurationSnapshot, _ loaded: ConfigurationSnapshot) {
        #expect(kept.sites == loaded.sites)
        #expect(kept.zones == loaded.zones)
        #expect(kept.schedules == loaded.schedules)
        #expect(kept.instructions.mapValues { Set($0.map(\.id)) } == loaded.instructions.mapValues { Set($0.map(\.id)) })
        #expect(kept.stationSites == loaded.stationSites)
        for siteID in loaded.sites.keys {
            #expect(kept.procedure(for: .burglary, siteID: siteID) == loaded.procedure(for: .burglary, siteID: siteID))
        }
    }

    @Test func changesAppliedOneByOneGiveWhatAFullLoadGives() async throws {
        let clock = TestClock()
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-snapshot").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let customer = try await store.create(Samples.customer(), by: .system).entity
        var site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        let old = try await store.create(Zone(siteID: site.id, number: 3, type: .interior, description: "réserve"), by: .system).entity
        var kept = try await ConfigurationSnapshot.load(from: store)
        let before = try await store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0

        site.name = "Pharmacie du Centre (nouveau nom)"
        site = try await store.update(site, expectedVersion: nil, by: .system).entity
        try await store.delete(Zone.self, id: old.id, by: .system)
        _ = try await store.create(Zone(siteID: site.id, number: 5, type: .entryExit, description: "porte"), by: .system)
        _ = try await store.create(
            OpeningSchedule(siteID: site.id, periods: [.init(weekday: 2, opens: "08:00", closes: "19:00")]), by: .system)
        _ = try await store.create(
            Procedure(scope: .site, scopeID: site.id, category: .burglary, title: "Intrusion (pharmacie)", steps: [ProcedureStep(kind: .callback)]),
            by: .system)
        let other = try await store.create(Samples.site(customerID: customer.id, name: "Pharmacie du Centre — Bron"), by: .system).entity
        _ = try await store.create(
            TemporaryInstruction(
                siteID: site.id, text: "Inventaire ce soir", validFrom: clock.now, validUntil: clock.now.addingTimeInterval(3600),
                suppressedZones: [5]),
            by: .system)

        let change = try await change(in: store, after: before)
        #expect(!change.everything && change.ids[.zone]?.count == 2)
        try await kept.apply(change, from: store)
        let loaded = try await ConfigurationSnapshot.load(from: store)
        expectSame(kept, loaded)
        #expect(kept.sites[other.id]?.name == "Pharmacie du Centre — Bron" && kept.zones[site.id]?.keys.sorted() == [5])
    }
}
