import Foundation
import Testing
import VigieCore

@Suite struct ScheduleAndModeTests {
    private let paris = TimeZone(identifier: "Europe/Paris")!

    /// A date given in Paris local time.
    private func paris(_ text: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = paris
        let parts = text.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4]))!
    }

    @Test func openingHoursFollowTheSitesLocalTimeAndHolidays() {
        // Bijouterie Martel: Tuesday to Saturday 10:00–19:30.
        let schedule = OpeningSchedule(
            siteID: UUID(), periods: (2...6).map { .init(weekday: $0, opens: "10:00", closes: "19:30") }, closedDates: ["2026-12-25"])
        #expect(schedule.isOpen(at: paris("2026-11-24 10:00"), timeZone: paris))  // Tuesday
        #expect(!schedule.isOpen(at: paris("2026-11-24 20:05"), timeZone: paris))  // story 3: after hours
        #expect(!schedule.isOpen(at: paris("2026-11-23 11:00"), timeZone: paris))  // Monday
        #expect(!schedule.isOpen(at: paris("2026-12-25 11:00"), timeZone: paris))  // Christmas, a Friday
        #expect(schedule.isOpen(at: paris("2026-07-04 19:29"), timeZone: paris))  // summer time, Saturday
    }

    @Test func testModeEndsByItself() {
        let now = Date()
        let mode = SiteMode.test(until: now.addingTimeInterval(3600))
        #expect(mode.effective(at: now) == mode)
        #expect(mode.effective(at: now.addingTimeInterval(3600)) == .normal)
        #expect(SiteMode.outOfService.effective(at: now) == .outOfService)
    }

    @Test func siteModesRoundTripThroughJSON() throws {
        for mode in [SiteMode.normal, .outOfService, .test(until: Date(millisecondsSince1970: 1_795_000_000_123))] {
            let data = try VigieJSON.encoder().encode(mode)
            #expect(try VigieJSON.decoder().decode(SiteMode.self, from: data) == mode)
        }
        #expect(
            String(decoding: try VigieJSON.encoder().encode(SiteMode.test(until: Date(timeIntervalSince1970: 0))), as: UTF8.self)
                == #"{"state":"test","until":"1970-01-01T00:00:00.000Z"}"#)
    }

    @Test func theMostSpecificProcedureApplies() {
        let customerID = UUID()
        let site = Site(customerID: customerID, name: "Pharmacie", address: PostalAddress(street: "1 rue", postalCode: "69002", city: "Lyon"))
        let station = Procedure(scope: .station, category: .technical, title: "Défaut technique", steps: [.init(kind: .callContacts)])
        let customer = Procedure(
            scope: .customer, scopeID: customerID, category: .technical, title: "Pharmacies", steps: [.init(kind: .callContacts)])
        let own = Procedure(scope: .site, scopeID: site.id, category: .technical, title: "Frigo", steps: [.init(kind: .callback)])
        let otherSite = Procedure(scope: .site, scopeID: UUID(), category: .technical, title: "Autre", steps: [.init(kind: .callback)])
        let resolver = ProcedureResolver(procedures: [own, otherSite, station, customer])
        #expect(resolver.layers(category: .technical, site: site).map(\.title) == ["Défaut technique", "Pharmacies", "Frigo"])
        #expect(resolver.resolve(category: .technical, site: site)?.title == "Frigo")
        #expect(resolver.resolve(category: .fire, site: site) == nil)
    }

    /// Story 5: the pharmacy's mains failure is urgent day and night; the station's faults have their own
    /// procedures, written for one code.
    @Test func aProcedureForOneCodeAndItsPriorityApplyToThatCodeOnly() {
        let customerID = UUID()
        let site = Site(customerID: customerID, name: "Pharmacie", address: PostalAddress(street: "1 rue", postalCode: "69002", city: "Lyon"))
        let station = Procedure(scope: .station, category: .technical, title: "Défaut technique", steps: [.init(kind: .callContacts)])
        let disk = Procedure(
            scope: .station, category: .technical, eventCode: "DISK-LOW", title: "Disque plein", steps: [.init(kind: .instruction, text: "Libérer")])
        let mains = Procedure(
            scope: .site, scopeID: site.id, category: .technical, eventCode: "AT", title: "Secteur — frigo", steps: [.init(kind: .callback)],
            priority: 88)
        let resolver = ProcedureResolver(procedures: [mains, disk, station])
        #expect(resolver.resolve(category: .technical, code: "AT", site: site)?.title == "Secteur — frigo")
        #expect(resolver.resolve(category: .technical, code: "YT", site: site)?.title == "Défaut technique")
        #expect(resolver.resolve(category: .technical, code: "DISK-LOW", site: nil)?.title == "Disque plein")
        #expect(resolver.priority(category: .technical, code: "AT", site: site) == 88)
        #expect(resolver.priority(category: .technical, code: "YT", site: site) == nil)
        #expect(resolver.layers(category: .technical, code: "AT", site: site).map(\.title) == ["Défaut technique", "Secteur — frigo"])
        #expect(mains.uniqueKey != Procedure(scope: .site, scopeID: site.id, category: .technical, title: "x", steps: []).uniqueKey)
        #expect(throws: ValidationError.self) {
            try Procedure(scope: .station, category: .technical, eventCode: "A T", title: "x", steps: [.init(kind: .callback)]).validate()
        }
        #expect(throws: ValidationError.self) {
            try Procedure(scope: .station, category: .technical, title: "x", steps: [.init(kind: .callback)], priority: 5000).validate()
        }
    }
}

@Suite struct ISO8601Tests {
    @Test(arguments: [
        ("2026-11-23T21:04:05Z", Int64(1_795_467_845_000)), ("2026-11-23T21:04:05.1Z", 1_795_467_845_100),
        ("2026-11-23T22:04:05.123+01:00", 1_795_467_845_123), ("1969-12-31T23:59:59.999Z", -1), ("2024-02-29T00:00:00Z", 1_709_164_800_000),
    ])
    func parsesAndPrintsUTCWithMilliseconds(text: String, milliseconds: Int64) {
        #expect(ISO8601.milliseconds(from: text) == milliseconds)
        #expect(ISO8601.milliseconds(from: ISO8601.string(milliseconds: milliseconds)) == milliseconds)
    }

    @Test(arguments: [
        "", "2026-11-23", "2026-11-23T21:04:05", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-23T24:00:00Z", "2026-11-23T21:04:05.Z",
        "2026-11-23T21:04:05Zjunk", "yesterday",
    ])
    func refusesAnythingElse(text: String) {
        #expect(ISO8601.milliseconds(from: text) == nil)
    }

    @Test func printsFixedWidthFields() {
        #expect(ISO8601.string(milliseconds: 0) == "1970-01-01T00:00:00.000Z")
        #expect(ISO8601.string(milliseconds: 1_795_467_845_007) == "2026-11-23T21:04:05.007Z")
    }
}
