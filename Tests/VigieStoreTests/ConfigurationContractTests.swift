import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// The configuration part of the `Store` contract, run against every store implementation.
@Suite struct ConfigurationContractTests {
    @Test(arguments: StoreFactory.all)
    func createsReadsUpdatesAndDeletesWithVersions(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        let customer = try await store.create(Samples.customer(), by: .system)
        #expect(customer.version == 1)
        #expect(try await store.fetch(Customer.self, id: customer.entity.id) == customer)

        clock.advance(by: 5)
        var renamed = customer.entity
        renamed.name = "Pharmacie du Centre SARL"
        let updated = try await store.update(renamed, expectedVersion: 1, by: .system)
        #expect(updated.version == 2)
        #expect(updated.updatedAt == clock.now.roundedToMilliseconds)
        #expect(updated.createdAt == customer.createdAt)

        await #expect(throws: StoreError.versionConflict(expected: 1, actual: 2)) {
            try await store.update(renamed, expectedVersion: 1, by: .system)
        }
        try await store.delete(Customer.self, id: customer.entity.id, by: .system)
        #expect(try await store.fetch(Customer.self, id: customer.entity.id) == nil)
        await #expect(throws: StoreError.notFound(kind: "customer", id: customer.entity.id.uuidString)) {
            try await store.delete(Customer.self, id: customer.entity.id, by: .system)
        }
    }

    @Test(arguments: StoreFactory.all)
    func refusesInvalidEntitiesAndWritesNothing(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        var customer = Samples.customer()
        customer.name = "  "
        customer.email = "not-an-address"
        await #expect(
            throws: ValidationError([
                FieldError(field: "name", .required), FieldError(field: "email", .email),
            ])
        ) {
            try await store.create(customer, by: .system)
        }
        #expect(try await store.list(Customer.self, query: ListQuery()).total == 0)
        #expect(try await store.logbook(query: LogbookQuery()).total == 0)
    }

    @Test(arguments: StoreFactory.all)
    func enforcesParentsReferencesAndDependents(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let orphan = Samples.site(customerID: UUID())
        await #expect(throws: StoreError.missingReference(field: "customerID", kind: "customer", id: orphan.customerID)) {
            try await store.create(orphan, by: .system)
        }
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        await #expect(throws: StoreError.hasDependents(kind: "customer", count: 1)) {
            try await store.delete(Customer.self, id: customer.id, by: .system)
        }
        let profile = try await store.create(SupervisionProfile.presets[0], by: .system).entity
        var transmitter = Samples.transmitter(siteID: site.id)
        transmitter.supervisionProfileID = profile.id
        _ = try await store.create(transmitter, by: .system)
        await #expect(throws: StoreError.hasDependents(kind: "supervision profile", count: 1)) {
            try await store.delete(SupervisionProfile.self, id: profile.id, by: .system)
        }
        // A reference to an entity of the wrong kind is as missing as one that does not exist.
        var wrongKind = Samples.transmitter(siteID: site.id, account: "4F22")
        wrongKind.supervisionProfileID = customer.id
        await #expect(throws: StoreError.missingReference(field: "supervisionProfileID", kind: "supervision profile", id: customer.id)) {
            try await store.create(wrongKind, by: .system)
        }
    }

    @Test(arguments: StoreFactory.all)
    func refusesDuplicateUniqueKeys(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        _ = try await store.create(Samples.transmitter(siteID: site.id, account: "4F21"), by: .system)
        await #expect(throws: StoreError.duplicate(kind: "transmitter", field: "account", value: "1/1/4F21")) {
            try await store.create(Samples.transmitter(siteID: site.id, account: "4f21"), by: .system)
        }
        // The same account on another receiver line is another transmitter.
        var otherLine = Samples.transmitter(siteID: site.id, account: "4F21")
        otherLine.line = "2"
        _ = try await store.create(otherLine, by: .system)
    }

    @Test(arguments: StoreFactory.all)
    func listsWithPagingParentFilterAndAccentInsensitiveSearch(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let other = try await store.create(Samples.customer(name: "Entrepôt Logisud"), by: .system).entity
        for index in 1...7 {
            _ = try await store.create(Samples.site(customerID: customer.id, name: "Agence \(index)"), by: .system)
        }
        var warehouse = Samples.site(customerID: other.id, name: "Entrepôt Logisud — quai")
        warehouse.address.city = "Vénissieux"
        _ = try await store.create(warehouse, by: .system)

        let page = try await store.list(Site.self, query: ListQuery(offset: 2, limit: 3, parentID: customer.id))
        #expect(page.total == 7)
        #expect(page.items.map(\.entity.name) == ["Agence 3", "Agence 4", "Agence 5"])
        let found = try await store.list(Site.self, query: ListQuery(search: "VENISSIEUX logisud"))
        #expect(found.items.map(\.entity.name) == ["Entrepôt Logisud — quai"])
        let none = try await store.list(Site.self, query: ListQuery(search: "100%_"))
        #expect(none.total == 0)
        #expect(try await store.all(Site.self).count == 8)
    }

    @Test(arguments: StoreFactory.all)
    func keepsSecretsWhenAbsentAndClearsThemWhenEmpty(factory: StoreFactory) async throws {
        let store = try await factory.make(TestClock())
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        var contact = try await store.create(Samples.contact(siteID: site.id), by: .system).entity
        contact.codeWord = nil
        contact.name = "Mme Roux (pharmacienne)"
        let kept = try await store.update(contact, expectedVersion: nil, by: .system).entity
        #expect(kept.codeWord == "tulipe")
        contact.duressWord = ""
        let cleared = try await store.update(contact, expectedVersion: nil, by: .system).entity
        #expect(cleared.duressWord == nil)
        #expect(cleared.codeWord == "tulipe")
    }
}
