import Foundation
import Logging
import Testing
import VigieCore
import VigieEngine
import VigieStoreSQLite
import VigieTestSupport

/// Issue 26: events that pile up at one site tell the truth. A fire never hides in a technical alarm, the
/// station's faults are one alarm each at the station's site, and a more serious event aggravates its alarm.
@Suite struct AlarmFamilyEngineTests {
    let clock = TestClock()
    let author = Author(userID: nil, name: "test")

    private func store() throws -> SQLiteStore {
        try SQLiteStore(path: try makeTemporaryDirectory("vigie-families").appendingPathComponent("vigie.sqlite").path, now: clock.function)
    }

    private func panel(_ site: Site, _ code: String, _ category: EventCategory, zone: Int? = nil, after seconds: TimeInterval = 0) -> SignalDraft {
        SignalDraft(
            receivedAt: clock.now.addingTimeInterval(seconds), receiver: "dc09", transport: .tcp, peer: "127.0.0.1:1", raw: "", token: "SIA-DCS",
            account: "4F21", events: [SignalEvent(code: code, qualifier: .alarm, category: category, zone: zone, description: "Event \(code)")],
            siteID: site.id)
    }

    private func station(_ problem: String, after seconds: TimeInterval = 0) -> SignalDraft {
        let code = String(problem.prefix { $0 != ":" })
        return SignalDraft(
            receivedAt: clock.now.addingTimeInterval(seconds), receiver: "station", transport: .station, peer: "station", raw: "",
            token: AlarmGrouping.stationProblemToken, account: problem,
            events: [SignalEvent(code: code, qualifier: .alarm, category: .technical, description: "Problem \(problem)")])
    }

    private func process(_ store: SQLiteStore, _ drafts: [SignalDraft]) async throws {
        let before = try await store.processedThrough()
        _ = try await store.ingest(drafts)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let engine = AlarmEngine(store: store, logger: logger)
        try await withRunningServices([engine], logger: logger) {
            while try await store.processedThrough() < before + Int64(drafts.count) { try await Task.sleep(for: .milliseconds(5)) }
        }
    }

    private func site(in store: SQLiteStore, kind: Customer.Kind = .business) async throws -> Site {
        let customer = try await store.create(Customer(name: kind == .station ? "Station" : "Menuiserie Perrin", kind: kind), by: author).entity
        return try await store.create(
            Samples.site(customerID: customer.id, name: kind == .station ? "Station Gerland" : "Menuiserie Perrin"), by: author
        )
        .entity
    }

    /// Story 4 after a trouble: the fire opens its own alarm, fresh, with its own title; the AC trouble stays apart.
    @Test func aFireNeverHidesInATechnicalAlarm() async throws {
        let store = try store()
        let perrin = try await site(in: store)
        try await process(store, [panel(perrin, "AT", .technical)])
        try await process(store, [panel(perrin, "FA", .fire, zone: 1, after: 360)])
        let open = try await store.alarms(query: AlarmQuery()).items
        #expect(open.count == 2)
        let fire = try #require(open.first { $0.category == .fire })
        #expect(fire.title == "Event FA — zone 1" && fire.createdAt == clock.now.addingTimeInterval(360) && fire.eventCount == 1)
        #expect(open.contains { $0.category == .technical && $0.title == "Event AT" })
        // The trouble's restore restores the trouble, not the fire.
        var restore = panel(perrin, "AR", .technical, after: 400)
        restore.events[0].qualifier = .restore
        try await process(store, [restore])
        #expect(try await store.alarm(id: fire.id)?.eventCount == 1)
    }

    /// Story 2 with a worse turn: a fire joining the burglary aggravates it, and the logbook says so.
    @Test func aFireJoiningABurglaryAggravatesIt() async throws {
        let store = try store()
        let perrin = try await site(in: store)
        try await process(store, [panel(perrin, "BA", .burglary, zone: 7)])
        try await process(store, [panel(perrin, "FA", .fire, zone: 1, after: 120)])
        let alarm = try #require(try await store.alarms(query: AlarmQuery()).items.first)
        #expect(try await store.alarms(query: AlarmQuery()).total == 1)
        #expect(alarm.category == .fire && alarm.title == "Event FA — zone 1" && alarm.code == "FA")
        #expect(alarm.currentSince == clock.now.addingTimeInterval(120) && alarm.codes == ["BA", "FA"] && alarm.account == "4F21")
        let kinds = try await store.logbook(query: LogbookQuery(alarmID: alarm.id)).items.map(\.kind)
        #expect(kinds.contains(.alarmAggravated))
    }

    /// Story 8: the UPS on battery (the station's own panel), a receiver down, no signal, the dead-man box's link:
    /// one alarm each, all at the station's site, above every client's.
    @Test func theStationsFaultsAreOneAlarmEachAtTheStationsSite() async throws {
        let store = try store()
        let gerland = try await site(in: store, kind: .station)
        let client = try await site(in: store)
        let deadMan = try await store.create(Samples.transmitter(siteID: gerland.id, account: "57A2"), by: author).entity
        let linkLost = SignalDraft(
            receivedAt: clock.now.addingTimeInterval(30), receiver: "supervision", transport: .station, peer: "station", raw: "",
            token: AlarmGrouping.linkToken, account: "57A2",
            events: [SignalEvent(code: "LINK-LOST", qualifier: .alarm, category: .supervision, description: "Link lost")],
            transmitterID: deadMan.id, siteID: gerland.id)
        try await process(
            store,
            [
                panel(gerland, "AT", .technical, zone: 8), station("RECEIVER-DOWN:dc09-tcp", after: 10), station("NO-SIGNAL", after: 20), linkLost,
                station("RECEIVER-DOWN:surgard-1", after: 40), panel(client, "HA", .holdUp, after: 50),
            ])
        let open = try await store.alarms(query: AlarmQuery()).items
        #expect(open.count == 6)
        let stationAlarms = open.filter { $0.siteID == gerland.id }
        #expect(stationAlarms.count == 5)
        let holdUp = try #require(open.first { $0.siteID == client.id })
        #expect(stationAlarms.allSatisfy { $0.priority > holdUp.priority && $0.eventCount == 1 })
        #expect(stationAlarms.contains { $0.category == .supervision && $0.grouping == "link:\(deadMan.id.uuidString)" })
    }

    /// Story 5: the missing periodic test is handled by the supervision procedure (*absence de test cyclique*),
    /// and the UPS's zoneless AT shows its zone in alarm.
    @Test func aLostLinkFollowsTheSupervisionProcedureAndAZonelessTroubleItsZone() async throws {
        let store = try store()
        let tabac = try await site(in: store)
        let transmitter = try await store.create(Samples.transmitter(siteID: tabac.id, account: "2B10"), by: author).entity
        _ = try await store.create(
            Procedure(scope: .station, category: .supervision, title: "Absence de test cyclique", steps: [ProcedureStep(kind: .callback)]),
            by: author)
        _ = try await store.create(
            Zone(siteID: tabac.id, number: 8, type: .technical, description: "onduleur", eventCodes: ["AT", "AR"]), by: author)
        let lost = SignalDraft(
            receivedAt: clock.now, receiver: "supervision", transport: .station, peer: "station", raw: "", token: AlarmGrouping.linkToken,
            account: "2B10", events: [SignalEvent(code: "LINK-LOST", qualifier: .alarm, category: .supervision, description: "Link lost")],
            transmitterID: transmitter.id, siteID: tabac.id)
        try await process(store, [lost, panel(tabac, "AT", .technical, after: 5)])
        let open = try await store.alarms(query: AlarmQuery()).items
        let link = try #require(open.first { $0.category == .supervision })
        #expect(link.steps.first?.procedureTitle == "Absence de test cyclique")
        let mains = try #require(open.first { $0.code == "AT" })
        #expect(mains.zonesInAlarm == [8] && mains.title == "Event AT — zone 8 onduleur")
    }
}
