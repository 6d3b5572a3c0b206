import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport
import VigieWeb

/// The console's upload screen and export links: dry run, all or nothing, the round trip.
@Suite struct ExchangeAPITests {
    static let customers = "reference,name\nC-001,Pharmacie du Centre\n"
    static let sites = "customer,reference,name,street,postal_code,city\nC-001,S-001,Pharmacie,12 rue de la République,69002,Lyon\n"

    static func body(_ files: [(String, String)], dryRun: Bool) throws -> String {
        let request: [String: Any] = ["files": files.map { ["name": $0.0, "text": $0.1] }, "dryRun": dryRun]
        return String(decoding: try JSONSerialization.data(withJSONObject: request), as: UTF8.self)
    }

    @Test func aDryRunWritesNothingThenTheImportWritesEverything() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let files = [("clients.csv", Self.customers), ("sites.csv", Self.sites)]
            let dry = try await admin.send(client, .post, "/api/v1/import", json: try Self.body(files, dryRun: true))
            #expect(dry.status == .ok)
            #expect(dry.json["written"] as? Bool == false)
            #expect((dry.json["counts"] as? [String: Int])?["created"] == 2)
            #expect(try await harness.store.list(Customer.self, query: ListQuery()).total == 0)

            let real = try await admin.send(client, .post, "/api/v1/import", json: try Self.body(files, dryRun: false))
            #expect(real.status == .ok && real.json["written"] as? Bool == true)
            let site = try #require(try await harness.store.all(Site.self).first)
            #expect(site.reference == "S-001")
            let logged = try await harness.store.logbook(query: LogbookQuery(kinds: [.configCreated])).items
            #expect(logged.count == 2 && logged.allSatisfy { $0.authorName == "admin1" })

            let export = try await admin.send(client, .get, "/api/v1/export/sites.csv")
            #expect(export.status == .ok)
            #expect(export.headers[.contentType] == "text/csv; charset=utf-8")
            let exported = String(buffer: export.body)
            #expect(exported.hasPrefix("id,customer,reference,name,street,postal_code,city,"))
            #expect(exported.contains(site.id.uuidString))
            let again = try await admin.send(client, .post, "/api/v1/import", json: try Self.body([("sites.csv", exported)], dryRun: false))
            #expect((again.json["counts"] as? [String: Int])?["unchanged"] == 1)

            // French headers and file name for a French administrator: the import reads them back unchanged.
            let french = try await admin.send(client, .get, "/api/v1/export/customers.csv?headers=french&delimiter=semicolon")
            #expect(french.headers[.contentDisposition] == "attachment; filename=\"clients.csv\"")
            let frenchText = String(buffer: french.body)
            #expect(frenchText.hasPrefix("identifiant;référence;nom;type;"), "\(frenchText.prefix(80))")
            let back = try await admin.send(client, .post, "/api/v1/import", json: try Self.body([("clients.csv", frenchText)], dryRun: true))
            #expect((back.json["counts"] as? [String: Int])?["unchanged"] == 1, "\(String(buffer: back.body))")
            let unknown = try await admin.send(client, .get, "/api/v1/export/customers.csv?headers=klingon")
            #expect(unknown.status == .badRequest)
        }
    }

    @Test func oneBadLineIsNamedAndNothingIsWritten() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let admin = try await Browser.signIn(client, username: "admin1")
            let badSites = Self.sites + "C-001,S-002,Annexe,1 rue Neuve,690,Lyon\n"
            let answer = try await admin.send(
                client, .post, "/api/v1/import", json: try Self.body([("clients.csv", Self.customers), ("sites.csv", badSites)], dryRun: false))
            #expect(answer.status == .unprocessableContent)
            let problems = try #require(answer.json["problems"] as? [[String: Any]])
            #expect(problems.count == 1)
            #expect(problems.first?["line"] as? Int == 3 && problems.first?["column"] as? String == "postal_code")
            #expect(try await harness.store.list(Customer.self, query: ListQuery()).total == 0)
            #expect(try await harness.store.logbook(query: LogbookQuery(kinds: [.configCreated])).total == 0)
        }
    }

    @Test func onlyAdministratorsImportAndExport() async throws {
        let harness = try await WebHarness()
        try await harness.run { client in
            let supervisor = try await Browser.signIn(client, username: "supervisor1")
            let body = try Self.body([("clients.csv", Self.customers)], dryRun: true)
            #expect(try await supervisor.send(client, .post, "/api/v1/import", json: body).status == .forbidden)
            #expect(try await supervisor.send(client, .get, "/api/v1/export/customers").status == .forbidden)
            let admin = try await Browser.signIn(client, username: "admin1")
            #expect(try await admin.send(client, .get, "/api/v1/export/inventory").status == .notFound)
        }
    }
}
