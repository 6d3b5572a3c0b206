import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// Cameras and recorders through the configuration API (`/api/v1/devices`): created under a site with the defaults a
/// request may leave out, the password kept from operators, a bad field or a mailbox already used named and nothing
/// written, a site with devices not deleted.
@Suite struct DeviceAPITests {
    @Test func anAdministratorAddsACameraToASite() async throws {
        let harness = try await WebHarness()
        let customer = try await harness.store.create(Customer(name: "Entrepôt Logisud"), by: .system).entity
        let site = try await harness.store.create(
            Site(customerID: customer.id, name: "Logisud quai", address: PostalAddress(street: "3 rue", postalCode: "69200", city: "Vénissieux")),
            by: .system
        ).entity
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let body =
                #"{"siteID":"\#(site.id)","name":"Caméra quai 2","driver":"hikvisionISAPI","host":"192.0.2.10","username":"admin","password":"12345","zones":[4,5],"mailbox":"quai2"}"#
            let created = try await admin.send(client, .post, "/api/v1/devices", json: body)
            #expect(created.status == .created, "\(String(buffer: created.body))")
            let id = try #require(created.json["id"] as? String)
            #expect(created.json["kind"] as? String == "camera" && created.json["channel"] as? Int == 1 && created.json["https"] as? Bool == false)

            let operatorBrowser = try await Browser.signIn(client, username: "operator1")
            let seen = try await operatorBrowser.send(client, .get, "/api/v1/devices/\(id)")
            #expect(seen.status == .ok && seen.json["password"] == nil && seen.json["withheld"] as? [String] == ["password"])
            let listed = try await admin.send(client, .get, "/api/v1/devices?siteID=\(site.id)")
            #expect(listed.json["total"] as? Int == 1)

            let badHost = try await admin.send(
                client, .post, "/api/v1/devices", json: body.replacingOccurrences(of: "192.0.2.10", with: "http://cam/x"))
            #expect(badHost.status == .unprocessableContent)
            let fields = try #require(badHost.json["fields"] as? [[String: Any]])
            #expect(fields.map { $0["field"] as? String } == ["host"] && fields.first?["key"] as? String == "deviceHost")
            let sameMailbox = try await admin.send(
                client, .post, "/api/v1/devices", json: body.replacingOccurrences(of: "Caméra quai 2", with: "Autre"))
            #expect(sameMailbox.status == .conflict && sameMailbox.json["error"] as? String == "duplicate")
            #expect(try await harness.store.list(Device.self, query: ListQuery()).total == 1)

            #expect(try await operatorBrowser.send(client, .post, "/api/v1/devices", json: body).status == .forbidden)
            #expect(try await admin.send(client, .delete, "/api/v1/sites/\(site.id)").status == .conflict)
            #expect(try await admin.send(client, .delete, "/api/v1/devices/\(id)").status == .noContent)
        }
    }
}
