import Foundation
import VigieCore
import VigieProtocols
import VigieSimulator

/// The simulated panels that make the demo station alive, one per transmitter.
extension DemoStation {
    /// The night operator's dead-man device (*homme mort*, account 57A2), and the zone of the station's site
    /// that names it ("homme mort — opérateur de nuit").
    static let deadManDevice = (transmitterID: transmitterID(.stationGerland, 2), zone: 12)

    /// Each transmitter as a panel: account, header, key and format as the store has them (a reopened demo keeps
    /// an administrator's edits), the opening hours of its site so that staff open and close on time, and its
    /// role: the dead-man device only tests its link and misses a check-in now and then.
    static func simulatedPanels(transmitters: [Transmitter], sites: [Site], schedules: [OpeningSchedule]) -> [SimulatedPanel] {
        let timeZones = Dictionary(sites.map { ($0.id, $0.timeZone) }, uniquingKeysWith: { first, _ in first })
        let schedules = Dictionary(schedules.map { ($0.siteID, $0) }, uniquingKeysWith: { first, _ in first })
        return transmitters.map { transmitter in
            let timeZone = timeZones[transmitter.siteID].flatMap(TimeZone.init(identifier:))
            let hours = schedules[transmitter.siteID].flatMap { schedule in timeZone.map { OpeningHours(schedule: schedule, timeZone: $0) } }
            return SimulatedPanel(
                account: transmitter.account, key: transmitter.aesKeyBytes.flatMap(DC09Key.init(bytes:)),
                format: transmitter.wireProtocol == .dc09ContactID ? .contactID : .sia, receiver: transmitter.receiver,
                line: transmitter.line ?? "1",
                role: transmitter.id == deadManDevice.transmitterID ? .deadMan(zone: deadManDevice.zone) : .alarmPanel, openingHours: hours)
        }
    }
}
