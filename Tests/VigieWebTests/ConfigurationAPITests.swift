import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// The configuration API: CRUD, lists, validation errors, secrets, concurrency.
@Suite struct ConfigurationAPITests {
    @Test func createsListsUpdatesAndDeletesASite() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let customer = try await admin.send(client, .post, "/api/v1/customers", json: #"{"name":"Entrepôt Logisud","kind":"industrial"}"#)
            #expect(customer.status == .created)
            let customerID = try #require(customer.json["id"] as? String)
            #expect(customer.headers[.location] == "/api/v1/customers/\(customerID)")

            let siteBody =
                #"{"customerID":"\#(customerID)","name":"Logisud quai","address":{"street":"3 rue Eugène Maréchal","postalCode":"69200","city":"Vénissieux","country":"FR"},"timeZone":"Europe/Paris","riskLevel":"high","mode":{"state":"normal"}}"#
            let site = try await admin.send(client, .post, "/api/v1/sites", json: siteBody)
            #expect(site.status == .created)
            let siteID = try #require(site.json["id"] as? String)
            #expect(site.json["version"] as? Int == 1)

            let list = try await admin.send(client, .get, "/api/v1/sites?customerID=\(customerID)&q=venissieux&limit=10")
            #expect(list.json["total"] as? Int == 1)
            #expect(((list.json["items"] as? [[String: Any]])?.first?["name"]) as? String == "Logisud quai")

            let renamed = siteBody.replacingOccurrences(of: "Logisud quai", with: "Logisud — quai 2").dropLast() + #","version":1}"#
            let updated = try await admin.send(client, .put, "/api/v1/sites/\(siteID)", json: String(renamed))
            #expect(updated.status == .ok)
            #expect(updated.json["version"] as? Int == 2)
            let stale = try await admin.send(client, .put, "/api/v1/sites/\(siteID)", json: String(renamed))
            #expect(stale.status == .conflict)
            #expect((stale.json["fields"] as? [[String: String]])?.first?["field"] == "version")

            #expect(try await admin.send(client, .delete, "/api/v1/customers/\(customerID)").status == .conflict)
            #expect(try await admin.send(client, .delete, "/api/v1/sites/\(siteID)").status == .noContent)
            #expect(try await admin.send(client, .get, "/api/v1/sites/\(siteID)").status == .notFound)
        }
    }

    @Test(arguments: [
        (#"{"name":"","kind":"retail"}"#, "name", "is required"),
        (#"{"name":"Boulangerie","kind":"bakery"}"#, "kind", "is invalid"),
        (#"{"name":42}"#, "name", "has the wrong type (expected a string)"),
        (#"{"kind":"retail"}"#, "name", "is required"),
        (#"{"name":"Boulangerie","kind":"retail","phone":"appelez-moi"}"#, "phone", "is not a telephone number"),
        (#"not json"#, "body", "must be a JSON object"),
    ])
    func refusesBadInputNamingTheFieldAndWritesNothing(body: String, field: String, reason: String) async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let response = try await admin.send(client, .post, "/api/v1/customers", json: body)
            #expect((400..<500).contains(response.status.code))
            let fields = try #require(response.json["fields"] as? [[String: String]])
            #expect(fields.first?["field"] == field)
            #expect(fields.first?["reason"]?.hasPrefix(reason) == true)
        }
        #expect(try await harness.store.list(Customer.self, query: ListQuery()).total == 0)
    }

    @Test func namesInvalidNestedFieldsAndMissingParents() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let orphan = try await admin.send(
                client, .post, "/api/v1/sites",
                json:
                    #"{"customerID":"\#(UUID())","name":"X","address":{"street":"1 rue","postalCode":"6900","city":"Lyon","country":"FR"},"timeZone":"Mars/Olympus","riskLevel":"low","mode":{"state":"normal"}}"#
            )
            #expect(orphan.status == .unprocessableContent)
            let fields = (orphan.json["fields"] as? [[String: Any]])?.compactMap { $0["field"] as? String }
            #expect(fields == ["address.postalCode", "timeZone"])
            // Each reason comes with the key a console renders in its language, and its English words.
            let keys = (orphan.json["fields"] as? [[String: Any]])?.compactMap { $0["key"] as? String }
            #expect(keys == ["postalCodeFrance", "timeZone"])
            let long = try await admin.send(
                client, .post, "/api/v1/customers", json: #"{"name":"\#(String(repeating: "x", count: 300))","kind":"business"}"#)
            let field = (long.json["fields"] as? [[String: Any]])?.first
            #expect(field?["key"] as? String == "maximumLength" && (field?["parameters"] as? [String: String]) == ["maximum": "200"])
            #expect(field?["reason"] as? String == "must be at most 200 characters")
            let forbidden = try await Browser.signIn(client, username: "operator1").send(client, .delete, "/api/v1/sites/\(UUID())")
            #expect(forbidden.status == .forbidden && forbidden.json["key"] as? String == "needs.admin")
            let query = try await admin.send(client, .get, "/api/v1/sites?limit=5000")
            #expect(query.status == .badRequest)
            #expect((query.json["fields"] as? [[String: String]])?.first?["field"] == "limit")
            #expect(try await admin.send(client, .get, "/api/v1/nothing-here").status == .notFound)
            #expect(try await admin.send(client, .get, "/api/v1/sites/not-a-uuid").status == .notFound)
        }
    }

    @Test func secretsAreWithheldFromListsAndFromOperators() async throws {
        let harness = try await WebHarness()
        let customer = try await harness.store.create(Customer(name: "Bijouterie Martel", kind: .retail), by: .system).entity
        let site = try await harness.store.create(
            Site(customerID: customer.id, name: "Martel", address: PostalAddress(street: "5 place Bellecour", postalCode: "69002", city: "Lyon")),
            by: .system
        ).entity
        let transmitter = try await harness.store.create(
            Transmitter(siteID: site.id, account: "A1B2C3", aesKey: "000102030405060708090A0B0C0D0E0F"), by: .system
        ).entity
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let operatorBrowser = try await Browser.signIn(client, username: "operator1")
            let list = try await admin.send(client, .get, "/api/v1/transmitters")
            let item = try #require((list.json["items"] as? [[String: Any]])?.first)
            #expect(item["aesKey"] == nil)
            #expect(item["withheld"] as? [String] == ["aesKey"])
            let asOperator = try await operatorBrowser.send(client, .get, "/api/v1/transmitters/\(transmitter.id)")
            #expect(asOperator.json["aesKey"] == nil)
            let asAdmin = try await admin.send(client, .get, "/api/v1/transmitters/\(transmitter.id)")
            #expect(asAdmin.json["aesKey"] as? String == "000102030405060708090A0B0C0D0E0F")
            let bad = try await admin.send(
                client, .put, "/api/v1/transmitters/\(transmitter.id)",
                json: #"{"siteID":"\#(site.id)","account":"A1B2C3","wireProtocol":"dc09SIA","keyFormat":"hex","aesKey":"XYZ"}"#)
            #expect((bad.json["fields"] as? [[String: String]])?.first?["field"] == "aesKey")
        }
    }

    @Test func operatorsCheckCodeWordsWithoutSeeingThem() async throws {
        let harness = try await WebHarness()
        let customer = try await harness.store.create(Customer(name: "Pharmacie du Centre"), by: .system).entity
        let site = try await harness.store.create(
            Site(customerID: customer.id, name: "Pharmacie", address: PostalAddress(street: "1 rue", postalCode: "69002", city: "Lyon")), by: .system
        ).entity
        let contact = try await harness.store.create(
            Contact(
                siteID: site.id, callOrder: 1, name: "Mme Roux", phones: [.init(number: "0612345678", label: "mobile")], codeWord: "Tulipe",
                duressWord: "orage"),
            by: .system
        ).entity
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "operator1")
            for (word, result) in [(" tulipe ", "correct"), ("ORAGE", "duress"), ("rose", "wrong")] {
                let response = try await browser.send(client, .post, "/api/v1/contacts/\(contact.id)/check-word", json: #"{"word":"\#(word)"}"#)
                #expect(response.json["result"] as? String == result)
            }
            let shown = try await browser.send(client, .get, "/api/v1/contacts/\(contact.id)")
            #expect(shown.json["codeWord"] == nil && shown.json["duressWord"] == nil)
        }
        #expect(try await harness.store.logbook(query: LogbookQuery(siteID: site.id, kinds: ["callback.codeWordChecked"])).total == 3)
    }

    /// Issue 13: the console loaded every site of the base (41 MB for 100,000 sites) to show the queue; it now asks
    /// for the sites of its alarms by id.
    @Test func listsTheSitesOfGivenIDs() async throws {
        let harness = try await WebHarness()
        let customer = try await harness.store.create(Customer(name: "Supermarché Garnier"), by: .system).entity
        var created: [Site] = []
        for name in ["Garnier Lyon", "Garnier Bron", "Garnier Vaulx"] {
            created.append(
                try await harness.store.create(
                    Site(customerID: customer.id, name: name, address: PostalAddress(street: "1 rue", postalCode: "69003", city: "Lyon")), by: .system
                ).entity)
        }
        let sites = created
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "operator1")
            let wanted = [sites[0].id, sites[2].id, UUID()].map(\.uuidString).joined(separator: ",")
            let page = try await browser.send(client, .get, "/api/v1/sites?ids=\(wanted)")
            #expect(page.status == .ok)
            let names = (page.json["items"] as? [[String: Any]])?.compactMap { $0["name"] as? String }.sorted()
            #expect(names == ["Garnier Lyon", "Garnier Vaulx"] && page.json["total"] as? Int == 2)
            let bad = try await browser.send(client, .get, "/api/v1/sites?ids=\(sites[0].id),nope")
            #expect(bad.status == .badRequest && (bad.json["fields"] as? [[String: String]])?.first?["field"] == "ids")
            let tooMany = Array(repeating: sites[0].id.uuidString, count: 201).joined(separator: ",")
            #expect(try await browser.send(client, .get, "/api/v1/sites?ids=\(tooMany)").status == .badRequest)
        }
    }

    @Test func operatorsPutASiteOnTestForAPeriod() async throws {
        let harness = try await WebHarness()
        let customer = try await harness.store.create(Customer(name: "Supermarché Garnier"), by: .system).entity
        let site = try await harness.store.create(
            Site(customerID: customer.id, name: "Garnier", address: PostalAddress(street: "1 rue", postalCode: "69003", city: "Lyon")), by: .system
        ).entity
        try await harness.run { client in
            let browser = try await Browser.signIn(client, username: "operator1")
            let response = try await browser.send(client, .post, "/api/v1/sites/\(site.id)/mode", json: #"{"state":"test","minutes":60}"#)
            #expect(response.status == .ok)
            let mode = try #require(response.json["mode"] as? [String: String])
            #expect(mode["state"] == "test")
            #expect(mode["until"] == harness.clock.now.addingTimeInterval(3600).iso8601Milliseconds)
            let bad = try await browser.send(client, .post, "/api/v1/sites/\(site.id)/mode", json: #"{"state":"test","minutes":0}"#)
            #expect((bad.json["fields"] as? [[String: Any]])?.first?["field"] as? String == "minutes")
        }
        let stored = try #require(try await harness.store.fetch(Site.self, id: site.id)?.entity)
        #expect(stored.mode.effective(at: harness.clock.now) != .normal)
        #expect(stored.mode.effective(at: harness.clock.now.addingTimeInterval(3601)) == .normal)
    }
}
