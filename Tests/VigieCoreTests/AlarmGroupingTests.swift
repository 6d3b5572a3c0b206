import Foundation
import Testing
import VigieCore

/// Which open alarm a signal joins, and that a stored alarm gives back the same key after a restart.
@Suite struct AlarmGroupingTests {
    static let site = UUID(uuidString: "6F1C2D3E-0000-4000-8000-000000000001")!

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var signal: SignalDraft
        var key: String
        var testDescription: String { name }
    }

    static func draft(
        receiver: String = "dc09", transport: SignalTransport = .udp, account: String? = "4f21", siteID: UUID? = nil, code: String = "BA",
        category: EventCategory = .burglary, token: String? = nil, transmitterID: UUID? = nil
    ) -> SignalDraft {
        SignalDraft(
            receivedAt: Date(timeIntervalSince1970: 1_795_482_780), receiver: receiver, transport: transport, peer: "127.0.0.1:1", raw: "",
            token: token, account: account, events: [SignalEvent(code: code, qualifier: .alarm, category: category, description: code)],
            transmitterID: transmitterID, siteID: siteID)
    }

    static let transmitter = UUID(uuidString: "6F1C2D3E-0000-4000-8000-0000000000AA")!

    static let cases: [Case] = [
        Case(name: "a site's signal joins the site's alarm", signal: draft(siteID: site), key: "site:\(site.uuidString)"),
        Case(
            name: "a site's technical trouble is an alarm apart from its intrusions and fires",
            signal: draft(siteID: site, code: "AT", category: .technical), key: "site:\(site.uuidString):technical"),
        Case(name: "a fire joins the site's intrusion", signal: draft(siteID: site, code: "FA", category: .fire), key: "site:\(site.uuidString)"),
        Case(name: "an opening too", signal: draft(siteID: site, code: "OP", category: .opening), key: "site:\(site.uuidString)"),
        Case(
            name: "a station report about a site stays with the site",
            signal: draft(transport: .station, siteID: site, code: "UNKNOWN-ACCOUNT", category: .technical), key: "site:\(site.uuidString):technical"),
        Case(
            name: "each station problem is its own alarm, named by the monitor",
            signal: draft(transport: .station, account: "RECEIVER-DOWN:dc09-tcp", siteID: site, code: "RECEIVER-DOWN", token: "STATION"),
            key: "station:RECEIVER-DOWN:dc09-tcp"),
        Case(
            name: "a lost link is an alarm of its transmitter",
            signal: draft(
                transport: .station, siteID: site, code: "LINK-LOST", category: .supervision, token: "LINK", transmitterID: transmitter),
            key: "link:\(transmitter.uuidString)"),
        Case(
            name: "unknown accounts of one receiver share one alarm", signal: draft(transport: .station, account: "F1", code: "UNKNOWN-ACCOUNT"),
            key: "unknown:dc09"),
        Case(
            name: "another unknown account, same receiver, same alarm", signal: draft(transport: .station, account: "F2", code: "UNKNOWN-ACCOUNT"),
            key: "unknown:dc09"),
        Case(
            name: "each receiver has its own", signal: draft(receiver: "dc09-backup", transport: .station, account: "F1", code: "UNKNOWN-ACCOUNT"),
            key: "unknown:dc09-backup"),
        Case(
            name: "decryption failures stay per account", signal: draft(transport: .station, account: "9a01", code: "DECRYPT-FAILURES"),
            key: "account:9A01"),
        Case(name: "a panel's own signal without a site is per account", signal: draft(code: "UNKNOWN-ACCOUNT"), key: "account:4F21"),
        Case(name: "no account at all", signal: draft(transport: .station, account: nil, code: "DECRYPT-FAILURES"), key: "account:?"),
    ]

    @Test(arguments: cases) func keyOfASignal(_ example: Case) {
        #expect(AlarmGrouping.keys(of: example.signal) == [example.key])
    }

    @Test func aStoredAlarmGivesTheKeyItWasOpenedWith() {
        let opening = AlarmOpening(category: .technical, priority: 35, title: "Signal from account F1")
        var grouped = Alarm(id: opening.id, siteID: nil, opening: opening, zone: nil, at: Date())
        grouped.grouping = "unknown:dc09"
        #expect(AlarmGrouping.key(of: grouped) == "unknown:dc09")
        let older = Alarm(id: UUID(), siteID: Self.site, opening: opening, zone: nil, at: Date())
        #expect([AlarmGrouping.key(of: older)] == AlarmGrouping.keys(of: Self.draft(siteID: Self.site, code: "AT", category: .technical)))
        let olderBurglary = Alarm(
            id: UUID(), siteID: Self.site, opening: AlarmOpening(category: .burglary, priority: 60, title: "BA"), zone: 1, at: Date())
        #expect([AlarmGrouping.key(of: olderBurglary)] == AlarmGrouping.keys(of: Self.draft(siteID: Self.site)))
        #expect(AlarmGrouping.key(of: Alarm(id: UUID(), siteID: nil, opening: opening, zone: nil, at: Date())) == nil)
    }

    @Test func theGroupedTitleCountsTheAccounts() {
        let opening = AlarmOpening(category: .technical, priority: 35, title: "Signal from account F1")
        var alarm = Alarm(id: opening.id, siteID: nil, opening: opening, zone: nil, at: Date())
        alarm.grouping = "unknown:dc09"
        #expect(AlarmGrouping.title(of: alarm) == nil)
        alarm.eventCount = 3
        #expect(
            AlarmGrouping.title(of: alarm)
                == Wording(en: "3 signals from unknown accounts on receiver dc09", fr: "3 signaux de comptes inconnus sur le récepteur dc09"))
        alarm.grouping = "account:9A01"
        #expect(AlarmGrouping.title(of: alarm) == nil)
    }
}
