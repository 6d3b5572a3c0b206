import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// The bulk import part of the `Store` contract: all or nothing, logged entity by entity.
@Suite struct ImportContractTests {
    @Test(arguments: StoreFactory.all)
    func createsThenUpdatesThenLeavesUnchangedWithOneLogbookEntryPerChange(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let customer = Samples.customer()
        let site = Samples.site(customerID: customer.id)
        let zone = Samples.zone(siteID: site.id, number: 1)
        let first = try await store.importConfiguration([customer, site, zone], by: .system)
        #expect(first == ImportCounts(created: 3))
        #expect(try await store.fetch(Zone.self, id: zone.id)?.entity == zone)

        var renamed = site
        renamed.name = "Pharmacie du Centre (annexe)"
        let second = try await store.importConfiguration([customer, renamed, zone], by: .system)
        #expect(second == ImportCounts(created: 0, updated: 1, unchanged: 2))
        #expect(try await store.fetch(Site.self, id: site.id)?.version == 2)

        let kinds = try await store.logbook(query: LogbookQuery(limit: 100)).items.map(\.kind)
        #expect(kinds.filter { $0 == .configCreated }.count == 3)
        #expect(kinds.filter { $0 == .configUpdated }.count == 1)
    }

    @Test(arguments: StoreFactory.all)
    func oneRefusedEntityWritesNothingAndIsNamedByItsIndex(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let customer = Samples.customer()
        let site = Samples.site(customerID: customer.id)
        let orphanZone = Samples.zone(siteID: UUID(), number: 2)
        var badZone = Samples.zone(siteID: site.id, number: 3)
        badZone.description = ""
        for (batch, index) in [([customer, site, orphanZone] as [any ConfigEntity], 2), ([customer, site, badZone], 2)] {
            do {
                _ = try await store.importConfiguration(batch, by: .system)
                Issue.record("the import should have been refused")
            } catch let failure as ImportFailure {
                #expect(failure.index == index)
            }
        }
        #expect(try await store.list(Customer.self, query: ListQuery()).total == 0)
        #expect(try await store.list(Site.self, query: ListQuery()).total == 0)
        #expect(try await store.logbook(query: LogbookQuery()).total == 0)
    }

    @Test(arguments: StoreFactory.all)
    func aDuplicateAccountWithinTheImportIsRefused(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let customer = Samples.customer()
        let site = Samples.site(customerID: customer.id)
        let transmitter = Samples.transmitter(siteID: site.id)
        var twin = Samples.transmitter(siteID: site.id)
        twin.id = UUID()
        do {
            _ = try await store.importConfiguration([customer, site, transmitter, twin], by: .system)
            Issue.record("the duplicate account should have been refused")
        } catch let failure as ImportFailure {
            #expect(failure.index == 3)
            #expect(failure.reason as? StoreError == .duplicate(kind: "transmitter", field: "account", value: transmitter.uniqueKey ?? ""))
        }
        #expect(try await store.list(Transmitter.self, query: ListQuery()).total == 0)
    }
}
