import Foundation
import Testing
import VigieCore
import VigieStoreSQLite
import VigieTestSupport

@testable import Vigie

/// The demo station must look real to a French operator and play the stories of STORIES.md.
@Suite struct DemoStationTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func seedsAValidStationOnceAndKeepsTheLogbookIntact() async throws {
        let store = try SQLiteStore(path: try makeTemporaryDirectory("vigie-demo").appendingPathComponent("vigie.sqlite").path)
        let logins = try await DemoStation.seed(into: store, hashPassword: { "hash:\($0)" }, now: now, onlyIfEmpty: true)
        #expect(Set(logins.map(\.role)) == Set(Role.allCases))
        #expect(try await store.list(Customer.self, query: ListQuery()).total >= 10)
        #expect(try await store.list(Site.self, query: ListQuery()).total >= 30)
        // Reopening a demo writes nothing and prints the same logins.
        let again = try await DemoStation.seed(into: store, hashPassword: { "hash:\($0)" }, now: now, onlyIfEmpty: false)
        #expect(again.map(\.username) == logins.map(\.username))
        #expect(try await store.list(Site.self, query: ListQuery()).total == DemoStation.dataset(now: now).sites.count)
        #expect(try await store.verifyLogbook().isIntact)
    }

    @Test func holdsWhatTheStoriesNeed() async throws {
        let data = DemoStation.dataset(now: now)
        let pharmacy = try #require(data.sites.first { $0.name.contains("Pharmacie du Centre") })
        #expect(pharmacy.address.city == "Lyon" && pharmacy.timeZone == "Europe/Paris")
        let transmitter = try #require(data.transmitters.first { $0.account == "4F21" })
        #expect(transmitter.siteID == pharmacy.id && transmitter.aesKeyBytes?.count == 16)
        #expect(data.zones.contains { $0.siteID == pharmacy.id && $0.number == 3 && $0.description.contains("réserve") })
        let roux = try #require(data.contacts.first { $0.siteID == pharmacy.id && $0.name.contains("Roux") })
        #expect(roux.check(word: "tulipe") == .correct)
        let martel = try #require(data.sites.first { $0.name.contains("Bijouterie Martel") })
        #expect(data.contacts.contains { $0.siteID == martel.id && $0.check(word: "orage") == .duress })
        #expect(data.sites.contains { $0.timeZone != "Europe/Paris" })
        #expect(data.temporaryInstructions.filter { $0.isActive(at: now) }.count == 2)
        #expect(
            Set(data.procedures.filter { $0.scope == .station }.map(\.category)).isSuperset(of: [.burglary, .fire, .holdUp, .duress, .technical]))
        #expect(data.closureCodes.contains { $0.code == "FA-USR" })
        for site in data.sites { try site.validate() }
        for contact in data.contacts { try contact.validate() }
        for procedure in data.procedures { try procedure.validate() }
    }

    @Test func theBannerListsTheURLEveryLoginAndHowToPauseTheTraffic() {
        let banner = DemoCommand.banner(
            url: "http://127.0.0.1:8080/", dataDirectory: "./vigie-demo", logins: DemoStation.logins, created: true, traffic: .paused,
            processID: 4242)
        #expect(banner.contains("http://127.0.0.1:8080/"))
        #expect(banner.contains("Demo traffic paused: kill -USR1 4242 plays it."))
        for login in DemoStation.logins { #expect(banner.contains(login.username) && banner.contains(login.password)) }
    }
}
