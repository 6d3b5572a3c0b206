import Foundation
import Testing
import VigieCore
import VigieSimulator

@testable import Vigie

/// The demo's simulated panels: one per transmitter, the dead-man device as such, shops on their hours.
@Suite struct DemoPanelsTests {
    let data = DemoStation.dataset(now: Date(timeIntervalSince1970: 1_795_000_000))

    var panels: [SimulatedPanel] {
        DemoStation.simulatedPanels(transmitters: data.transmitters, sites: data.sites, schedules: data.openingSchedules)
    }

    @Test func theNightOperatorsDeadManDeviceIsTheOnlyOneAndSpeaksContactID() throws {
        #expect(panels.count == data.transmitters.count)
        let deadMen = panels.filter { $0.role != .alarmPanel }
        #expect(deadMen.map(\.account) == ["57A2"])
        let device = try #require(deadMen.first)
        #expect(device.role == .deadMan(zone: 12) && device.format == .contactID && device.key != nil)
        let station = try #require(data.sites.first { $0.id == DemoStation.SiteKey.stationGerland.id })
        #expect(data.zones.contains { $0.siteID == station.id && $0.number == 12 && $0.description.contains("homme mort") })
    }

    @Test func shopsKeepTheirOpeningHoursInTheirTimeZoneAndHomesHaveNone() throws {
        let cayenne = try #require(panels.first { $0.account == "7C40" }?.openingHours)
        #expect(cayenne.timeZone.identifier == "America/Cayenne")
        #expect(cayenne.schedule.id == DemoStation.scheduleID(.logisudCayenne))
        #expect(panels.first { $0.account == "4F21" }?.openingHours?.timeZone.identifier == "Europe/Paris")
        for home in ["8E55", "8E56", "9F70", "57A1"] { #expect(panels.first { $0.account == home }?.openingHours == nil, "\(home)") }
        let scheduledSites = Set(data.openingSchedules.map(\.siteID))
        #expect(panels.filter { $0.openingHours != nil }.count == data.transmitters.filter { scheduledSites.contains($0.siteID) }.count)
    }
}
