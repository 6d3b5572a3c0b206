import Foundation
import Testing
import VigieCore
import VigieProtocols
import VigieSimulator

/// The traffic mix as the station reads it: restores follow alarms, the demo's alarms come a few an hour,
/// a dead-man device sends only what such a device sends, and opening hours drive openings and closings.
@Suite struct SignalMixTests {
    /// Monday 16 March 2026, 00:00 in Paris.
    static let monday = Date(timeIntervalSince1970: 1_773_615_600)
    static let paris = TimeZone(identifier: "Europe/Paris")!

    /// The first event of `signal`, decoded as the receiver decodes it; `nil` for a poll.
    static func event(of signal: PanelSignal, account: String) throws -> DecodedEvent? {
        guard signal.token != .null else { return nil }
        let message = DC09Message(token: signal.token, sequence: "0001", line: "1", account: account, data: signal.data)
        let event: DecodedEvent = try #require(try DC09Frame(parsing: try DC09FrameEncoder().encode(message)).events.first, "\(signal.data)")
        return event
    }

    /// Whether the station raises an alarm for `event` at a site without opening hours: not a restore, not a
    /// link check or information, not an opening or closing.
    static func raisesAnAlarm(_ event: DecodedEvent) -> Bool {
        event.qualifier != .restore && !AlarmPolicy.logOnlyCategories.contains(event.category)
            && ![.opening, .closing].contains(event.category)
    }

    @Test(arguments: [SimulatedPanel.Format.sia, .contactID])
    func theMixDecodesAndEveryAlarmIsFollowedByItsRestore(format: SimulatedPanel.Format) throws {
        var mix = SignalMix(for: SimulatedPanel(account: "4F21", format: format), seed: 42)
        var open: [String: Int] = [:]
        var categories: Set<EventCategory> = []
        for minute in 0..<5000 {
            guard let event = try Self.event(of: mix.next(at: Self.monday + Double(minute * 60)), account: "4F21") else { continue }
            #expect(event.category != .unknown, "\(event)")
            categories.insert(event.category)
            if [.burglary, .fire, .holdUp].contains(event.category) {
                open["\(event.category)/\(event.zone ?? "")", default: 0] += event.qualifier == .restore ? -1 : 1
            }
        }
        #expect(categories.isSuperset(of: [.burglary, .fire, .holdUp, .technical, .opening, .closing]))
        // Restores trail their alarms, so at most a handful are still open at the end.
        #expect(open.values.reduce(0, +) <= 5)
    }

    /// The demo's fleet (31 alarm panels and the dead-man device, a signal a minute each) over 100,000 signals:
    /// 52 hours of demo, 3 to 6 alarms an hour, a life-safety alarm every 2 to 3 hours as derived.
    @Test func theDemoFleetRaisesThreeToSixAlarmsAnHour() throws {
        let weights = SignalMix.Weights.demo(alarmPanels: 31, signalsPerMinutePerPanel: 1)
        let derivedAlarms = (weights.burglary + weights.fire + weights.technical + weights.holdUp) * 60 * 31
        let derivedLifeSafety = (weights.fire + weights.holdUp) * 60 * 31 + weights.missedCheckIn * 60
        #expect(abs(derivedAlarms - 4.5) < 1e-9)
        #expect((1.0 / 3...1.0 / 2).contains(derivedLifeSafety))

        var panels = SimulatedPanel.numbered(31)
        for index in panels.indices where index.isMultiple(of: 3) { panels[index].format = .contactID }
        panels.append(SimulatedPanel(account: "57A2", format: .contactID, role: .deadMan(zone: 12)))
        let minutes = 100_000 / panels.count
        var alarms = 0
        var lifeSafety = 0
        for (index, panel) in panels.enumerated() {
            var mix = SignalMix(for: panel, weights: weights, seed: 0x5649_4749_45 &+ UInt64(index))
            for minute in 0..<minutes {
                guard let event = try Self.event(of: mix.next(at: Self.monday + Double(minute * 60)), account: panel.account),
                    Self.raisesAnAlarm(event)
                else { continue }
                alarms += 1
                if [.fire, .holdUp].contains(event.category) || event.code == "102" { lifeSafety += 1 }
            }
        }
        let hours = Double(minutes) / 60
        #expect((3.0...6.0).contains(Double(alarms) / hours), "\(alarms) alarms in \(hours) h")
        // Some 22 life-safety alarms are expected in 52 h: the band allows for chance.
        #expect((1.0 / 4...1.0 / 1.5).contains(Double(lifeSafety) / hours), "\(lifeSafety) life-safety alarms in \(hours) h")
    }

    /// A dead-man device tests its link and now and then reports a missed check-in (Contact ID 102 on its zone),
    /// once in 8 hours; it never opens, closes or detects anything, even at a site with opening hours.
    @Test func theDeadManDeviceSendsOnlyTestsAndMissedCheckIns() throws {
        let schedule = OpeningSchedule(siteID: UUID(), periods: (1...7).map { .init(weekday: $0, opens: "08:00", closes: "20:00") })
        let device = SimulatedPanel(
            account: "57A2", format: .contactID, role: .deadMan(zone: 12), openingHours: OpeningHours(schedule: schedule, timeZone: Self.paris))
        var mix = SignalMix(for: device, weights: .demo(alarmPanels: 31, signalsPerMinutePerPanel: 1), seed: 7)
        var codes: [String: Int] = [:]
        for minute in 0..<100_000 {
            guard let event = try Self.event(of: mix.next(at: Self.monday + Double(minute * 60)), account: "57A2") else { continue }
            codes[event.code, default: 0] += 1
            #expect(event.qualifier == .alarm && (event.code == "602" || event.zone == "012"), "\(event)")
        }
        #expect(Set(codes.keys) == ["602", "102"])
        let hours = 100_000 / 60.0
        #expect((1.0 / 12...1.0 / 6).contains(Double(codes["102"] ?? 0) / hours), "\(codes)")
    }

    /// Staff disarm when the site opens and arm when it closes, twice a weekday here, never at another time;
    /// a paused panel does so too and sends nothing else but polls.
    @Test(arguments: [false, true])
    func openingHoursDriveOpeningsAndClosings(paused: Bool) throws {
        let periods = (1...5).flatMap { day in
            [OpeningSchedule.Period(weekday: day, opens: "08:30", closes: "12:00"), .init(weekday: day, opens: "14:00", closes: "18:30")]
        }
        let schedule = OpeningSchedule(siteID: UUID(), periods: periods)
        let panel = SimulatedPanel(account: "4F21", openingHours: OpeningHours(schedule: schedule, timeZone: Self.paris))
        var mix = SignalMix(for: panel, weights: .realistic, seed: 3)
        var openings = 0
        var closings = 0
        for minute in 0..<(7 * 24 * 60) {
            let date = Self.monday + Double(minute * 60)
            guard let event = try Self.event(of: mix.next(at: date, paused: paused), account: "4F21") else { continue }
            switch event.category {
            case .opening:
                openings += 1
                #expect(schedule.isOpen(at: date, timeZone: Self.paris), "opening at \(date)")
            case .closing:
                closings += 1
                #expect(!schedule.isOpen(at: date, timeZone: Self.paris), "closing at \(date)")
            default:
                #expect(!paused, "\(event) while paused")
            }
        }
        #expect(openings == 10 && closings == 10)
    }

    @Test func aPauseTogglesAndSaysWhereItStands() {
        let pause = TrafficPause(paused: true)
        #expect(pause.isPaused)
        #expect(pause.toggle() == false && !pause.isPaused)
        #expect(pause.toggle() == true && pause.isPaused)
    }
}
