import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// The alarm engine's rules, one story at a time, with the clock in the test's hands.
@Suite struct AlarmProcessorTests {
    let processor = AlarmProcessor()
    let paris = TimeZone(identifier: "Europe/Paris")!
    /// Tuesday 2026-11-24 02:13 in Paris.
    let night = Date(timeIntervalSince1970: 1_795_482_780)

    private func site(mode: SiteMode = .normal, risk: Site.RiskLevel = .medium) -> Site {
        Site(
            customerID: UUID(), name: "Entrepôt Logisud", address: PostalAddress(street: "1 rue", postalCode: "69200", city: "Vénissieux"),
            riskLevel: risk, mode: mode)
    }

    private func event(_ code: String, _ category: EventCategory, zone: Int? = nil, qualifier: EventQualifier = .alarm) -> SignalEvent {
        SignalEvent(code: code, qualifier: qualifier, category: category, zone: zone, description: "\(code) event")
    }

    @Test func aBurglaryOpensAnAlarmTitledWithItsZone() throws {
        var context = ProcessingContext(site: site(), zones: [3: Zone(siteID: UUID(), number: 3, type: .interior, description: "réserve")])
        guard case .open(let opening) = processor.decide(event("BA", .burglary, zone: 3), at: night, context: &context) else {
            Issue.record("expected a new alarm")
            return
        }
        #expect(opening.category == .burglary && opening.priority == 60 && !opening.confirmed)
        #expect(opening.title == "BA event — zone 3 réserve")
        #expect(context.openAlarm?.id == opening.id)
    }

    @Test func theTitleIsWrittenInEachLanguageWithTheSitesZoneAsDescribed() {
        let burglary = SignalEvent(
            code: "BA", qualifier: .alarm, category: .burglary, zone: 3, description: "Burglary Alarm", frenchDescription: "Alarme intrusion")
        let context = ProcessingContext(site: site(), zones: [3: Zone(siteID: UUID(), number: 3, type: .interior, description: "réserve")])
        #expect(
            processor.title(of: burglary, context: context)
                == Wording(en: "Burglary Alarm — zone 3 réserve", fr: "Alarme intrusion — zone 3 réserve"))
        // An event stored before French descriptions were kept reads as it was written.
        let old = SignalEvent(code: "AT", qualifier: .alarm, category: .technical, description: "AC Trouble")
        #expect(processor.title(of: old, context: ProcessingContext(site: site())) == Wording(both: "AC Trouble"))
    }

    @Test func zoneZeroIsThePanelUnlessTheSiteDescribesOne() {
        #expect(processor.title(of: event("AT", .technical, zone: 0), context: ProcessingContext(site: site())).en == "AT event")
        let described = ProcessingContext(site: site(), zones: [0: Zone(siteID: UUID(), number: 0, type: .technical, description: "centrale")])
        #expect(processor.title(of: event("AT", .technical, zone: 0), context: described).en == "AT event — zone 0 centrale")
    }

    @Test func aSecondZoneWithinTheWindowConfirmsTheIntrusion() throws {
        var context = ProcessingContext(site: site())
        _ = processor.decide(event("BA", .burglary, zone: 7), at: night, context: &context)
        let sameZone = processor.decide(event("BA", .burglary, zone: 7), at: night.addingTimeInterval(60), context: &context)
        guard case .join(_, 60, .burglary, false) = sameZone else {
            Issue.record("same zone does not confirm: \(sameZone)")
            return
        }
        let second = processor.decide(event("BA", .burglary, zone: 9), at: night.addingTimeInterval(240), context: &context)
        guard case .join(let id, let priority, .burglary, true) = second else {
            Issue.record("expected a confirmation, got \(second)")
            return
        }
        #expect(id == context.openAlarm?.id && priority == 80)
    }

    @Test func aSecondHoldUpMoreThanTwoMinutesLaterOrATamperConfirmsTheHoldUp() {
        var repeated = ProcessingContext(site: site())
        _ = processor.decide(event("HA", .holdUp, zone: 2), at: night, context: &repeated)
        guard case .join(_, _, _, false) = processor.decide(event("HA", .holdUp, zone: 2), at: night.addingTimeInterval(60), context: &repeated)
        else {
            Issue.record("a repeat within 2 min is the same press")
            return
        }
        guard
            case .join(_, 115, .holdUp, true) = processor.decide(event("HA", .holdUp, zone: 2), at: night.addingTimeInterval(150), context: &repeated)
        else {
            Issue.record("a second trigger after 2 min confirms")
            return
        }
        var tampered = ProcessingContext(site: site())
        _ = processor.decide(event("HA", .holdUp, zone: 2), at: night, context: &tampered)
        let tamper = processor.decide(event("TA", .tamper, zone: 5), at: night.addingTimeInterval(30), context: &tampered)
        guard case .join(_, 115, .holdUp, true) = tamper else {
            Issue.record("hold-up and tamper within 2 min confirm: \(tamper)")
            return
        }
    }

    @Test func zonesFurtherApartThanTheWindowDoNotConfirm() {
        var context = ProcessingContext(site: site())
        _ = processor.decide(event("BA", .burglary, zone: 7), at: night, context: &context)
        let late = processor.decide(event("BA", .burglary, zone: 9), at: night.addingTimeInterval(31 * 60), context: &context)
        guard case .join(_, _, _, false) = late else {
            Issue.record("expected an unconfirmed join, got \(late)")
            return
        }
    }

    @Test func eventsOfASiteWithAnOpenAlarmJoinItAndRaiseItsPriority() {
        var context = ProcessingContext(site: site())
        _ = processor.decide(event("YT", .technical), at: night, context: &context)
        let fire = processor.decide(event("FA", .fire, zone: 1), at: night.addingTimeInterval(10), context: &context)
        guard case .join(_, 90, .fire, _) = fire else {
            Issue.record("expected fire to raise the alarm, got \(fire)")
            return
        }
        let technical = processor.decide(event("AT", .technical), at: night.addingTimeInterval(20), context: &context)
        guard case .join(_, 90, .fire, _) = technical else {
            Issue.record("a lower event never lowers the alarm: \(technical)")
            return
        }
    }

    @Test func restoresAttachToTheOpenAlarmOrAreLogged() {
        var context = ProcessingContext(site: site())
        #expect(
            processor.decide(event("BR", .burglary, zone: 3, qualifier: .restore), at: night, context: &context)
                == .logged(reason: .restoreWithoutAlarm))
        _ = processor.decide(event("BA", .burglary, zone: 3), at: night, context: &context)
        let id = context.openAlarm!.id
        #expect(
            processor.decide(event("BR", .burglary, zone: 3, qualifier: .restore), at: night, context: &context) == .restore(alarmID: id, zone: 3))
    }

    @Test func sitesOnTestLogEverythingButLifeThreateningAlarms() {
        var context = ProcessingContext(site: site(mode: .test(until: night.addingTimeInterval(3600))))
        #expect(processor.decide(event("BA", .burglary, zone: 3), at: night, context: &context) == .logged(reason: .siteOnTest))
        guard case .open = processor.decide(event("HA", .holdUp, zone: 2), at: night, context: &context) else {
            Issue.record("a hold-up during a test still raises an alarm")
            return
        }
        // The test period ends by itself.
        var later = ProcessingContext(site: site(mode: .test(until: night.addingTimeInterval(3600))))
        guard case .open = processor.decide(event("BA", .burglary, zone: 3), at: night.addingTimeInterval(3601), context: &later) else {
            Issue.record("after the test period a burglary is an alarm again")
            return
        }
        var outOfService = ProcessingContext(site: site(mode: .outOfService))
        #expect(processor.decide(event("BA", .burglary), at: night, context: &outOfService) == .logged(reason: .siteOutOfService))
    }

    @Test func temporaryInstructionsSuppressTheirZones() {
        let instruction = TemporaryInstruction(
            siteID: UUID(), text: "Travaux verrière", validFrom: night, validUntil: night.addingTimeInterval(86_400), suppressedZones: [12])
        var context = ProcessingContext(site: site(), activeInstructions: [instruction])
        #expect(processor.decide(event("BA", .burglary, zone: 12), at: night, context: &context) == .logged(reason: .zoneSuppressed))
        guard case .open = processor.decide(event("BA", .burglary, zone: 11), at: night, context: &context) else {
            Issue.record("other zones still alarm")
            return
        }
    }

    /// Story: the camera of the car park fires with every gust; the operator mutes it for the night.
    @Test func aMutedDeviceIsLoggedButAHoldUpFromItStillRaises() {
        let camera = UUID()
        let instruction = TemporaryInstruction(
            siteID: UUID(), text: "Caméra parking en sourdine : arbre dans le vent", validFrom: night, validUntil: night.addingTimeInterval(3600),
            suppressedDevices: [camera])
        var context = ProcessingContext(site: site(), activeInstructions: [instruction])
        context.deviceID = camera
        #expect(processor.decide(event("MOTION", .burglary, zone: 1), at: night, context: &context) == .logged(reason: .deviceMuted))
        guard case .open = processor.decide(event("HA", .holdUp, zone: 1), at: night, context: &context) else {
            Issue.record("life safety is never muted")
            return
        }
        var other = ProcessingContext(site: site(), activeInstructions: [instruction])
        other.deviceID = UUID()
        guard case .open = processor.decide(event("MOTION", .burglary, zone: 1), at: night, context: &other) else {
            Issue.record("another camera of the site still alarms")
            return
        }
    }

    @Test func aFloodingDeviceJoinsTheOpenAlarmAndOpensNoNewOne() {
        var context = ProcessingContext(site: site())
        context.deviceID = UUID()
        context.deviceFlooding = true
        #expect(processor.decide(event("MOTION", .burglary, zone: 1), at: night, context: &context) == .logged(reason: .deviceFlooding))
        let open = UUID()
        context.openAlarm = OpenAlarmSummary(id: open, priority: 60, category: .burglary)
        guard case .join(let joined, _, _, _) = processor.decide(event("MOTION", .burglary, zone: 1), at: night, context: &context) else {
            Issue.record("a flood still joins the alarm the operator is handling")
            return
        }
        #expect(joined == open)
    }

    @Test func openingsOutsideTheScheduleAreAlarmsAndNormalOnesAreLogged() {
        // Bijouterie Martel: Tuesday to Saturday 10:00–19:30, 15 minutes' tolerance.
        let schedule = OpeningSchedule(siteID: UUID(), periods: (2...6).map { .init(weekday: $0, opens: "10:00", closes: "19:30") })
        let tuesday0950 = night.addingTimeInterval(7 * 3600 + 37 * 60)
        let tuesday2005 = night.addingTimeInterval(17 * 3600 + 52 * 60)
        var context = ProcessingContext(site: site(risk: .high), schedule: schedule)
        #expect(processor.decide(event("OP", .opening), at: tuesday0950, context: &context) == .logged(reason: .normalOpening))
        #expect(processor.decide(event("CL", .closing), at: tuesday2005, context: &context) == .logged(reason: .normalClosing))
        guard case .open(let opening) = processor.decide(event("OP", .opening), at: tuesday2005, context: &context) else {
            Issue.record("story 3: an opening at 20:05 is an alarm")
            return
        }
        #expect(opening.category == .opening && opening.priority == 48)
    }

    @Test func aNormalClosingAttachesToTheSitesOpenAlarm() {
        var context = ProcessingContext(site: site())
        _ = processor.decide(event("BA", .burglary, zone: 3), at: night, context: &context)
        let id = context.openAlarm!.id
        #expect(
            processor.decide(event("CL", .closing), at: night.addingTimeInterval(120), context: &context)
                == .join(alarmID: id, priority: 60, category: .burglary, confirmed: false))
    }

    @Test func linkChecksAndInformationAreLoggedAndUnknownSitesToo() {
        var context = ProcessingContext(site: site())
        #expect(processor.decide(event("RP", .supervision), at: night, context: &context) == .logged(reason: .linkCheck))
        #expect(processor.decide(event("JP", .info), at: night, context: &context) == .logged(reason: .information))
        var nowhere = ProcessingContext(site: nil)
        #expect(processor.decide(event("BA", .burglary), at: night, context: &nowhere) == .logged(reason: .unknownSite))
        guard case .open(let opening) = processor.decide(event("UNKNOWN-ACCOUNT", .technical), at: night, stationGenerated: true, context: &nowhere)
        else {
            Issue.record("station anomalies are technical alarms even without a site")
            return
        }
        #expect(opening.category == .technical)
    }

    /// Story 5: a panel's periodic test is logged, the station's report that it did not come is an alarm, which
    /// the supervision procedures (*absence de test cyclique*) handle.
    @Test func theStationsLinkLossIsASupervisionAlarm() {
        var context = ProcessingContext(site: site())
        #expect(processor.decide(event("RP", .supervision), at: night, context: &context) == .logged(reason: .linkCheck))
        guard case .open(let lost) = processor.decide(event("LINK-LOST", .supervision), at: night, stationGenerated: true, context: &context) else {
            Issue.record("a lost link is an alarm")
            return
        }
        #expect(lost.category == .supervision && lost.code == "LINK-LOST")
        let restored = processor.decide(
            event("LINK-RESTORED", .supervision, qualifier: .restore), at: night, stationGenerated: true, context: &context)
        #expect(restored == .restore(alarmID: lost.id, zone: nil))
    }

    /// Story 5: the procedure sets the priority: the pharmacy's mains failure ranks with the intrusions.
    @Test func aProceduresPriorityReplacesTheCategorys() {
        let pharmacy = site()
        let mains = Procedure(
            scope: .site, scopeID: pharmacy.id, category: .technical, eventCode: "AT", title: "Secteur", steps: [.init(kind: .callback)], priority: 70
        )
        var context = ProcessingContext(site: pharmacy, procedures: ProcedureResolver(procedures: [mains]))
        guard case .open(let opening) = processor.decide(event("AT", .technical), at: night, context: &context) else {
            Issue.record("a mains failure is an alarm")
            return
        }
        #expect(opening.priority == 70)
        var other = ProcessingContext(site: pharmacy, procedures: ProcedureResolver(procedures: [mains]))
        guard case .open(let battery) = processor.decide(event("YT", .technical), at: night, context: &other) else { return }
        #expect(battery.priority == AlarmPolicy.defaultPriorities[.technical])
    }

    @Test func theStationsOwnAlarmsOutrankEveryClient() {
        var station = ProcessingContext(site: site(), isStationSite: true)
        var client = ProcessingContext(site: site(risk: .critical))
        guard case .open(let ups) = processor.decide(event("AT", .technical, zone: 8), at: night, context: &station),
            case .open(let duress) = processor.decide(event("HA", .duress), at: night, context: &client)
        else {
            Issue.record("both open alarms")
            return
        }
        #expect(ups.priority > duress.priority)
    }

    /// Property: whatever arrives, every event gets exactly one decision, and joins and restores only ever
    /// point at an alarm that was opened before them.
    @Test(arguments: 1...20)
    func everyEventEndsInExactlyOneAlarmOrTheLogbook(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let categories = EventCategory.allCases
        var context = ProcessingContext(site: site(mode: random.next() % 5 == 0 ? .test(until: night.addingTimeInterval(600)) : .normal))
        var opened: Set<UUID> = []
        var decisions = 0
        let count = Int(random.next() % 200) + 1
        for index in 0..<count {
            let category = categories[Int(random.next() % UInt64(categories.count))]
            let qualifier: EventQualifier = random.next() % 3 == 0 ? .restore : .alarm
            let zone = random.next() % 4 == 0 ? nil : Int(random.next() % 16)
            let decision = processor.decide(
                SignalEvent(code: "X", qualifier: qualifier, category: category, zone: zone, description: "x"),
                at: night.addingTimeInterval(Double(index) * 30),
                context: &context)
            decisions += 1
            switch decision {
            case .open(let opening): opened.insert(opening.id)
            case .join(let id, _, _, _), .restore(let id, _): #expect(opened.contains(id))
            case .logged: break
            }
        }
        #expect(decisions == count)
        #expect(opened.count <= 1)
    }
}
