import Foundation
import Testing
import VigieCore

/// Issue 26, story 2: the alarm waits in awaiting restore with the guard on site, out of everyone's queue, and
/// comes back, visibly and saying why, when the restore arrives, the guard leaves or the reminder falls due.
@Suite struct ParkingTests {
    let handling = AlarmHandling()
    let nadia = AlarmActor(userID: UUID(), name: "nadia", role: .operator)
    let start = Date(timeIntervalSince1970: 1_795_482_780)

    private func parked() throws -> Alarm {
        let opening = AlarmOpening(category: .burglary, priority: 80, title: "Burglary — zone 7 quai 2", confirmed: true, code: "BA")
        var alarm = Alarm(id: opening.id, siteID: UUID(), opening: opening, zone: 7, at: start)
        alarm.absorb(.join(alarmID: alarm.id, priority: 80, category: .burglary, confirmed: true), zone: 9, at: start)
        alarm.follow(Procedure(scope: .station, category: .burglary, title: "Intrusion", steps: [ProcedureStep(kind: .waitForRestore)]))
        _ = try handling.apply(.lifecycle(.take), to: &alarm, by: nadia, at: start)
        _ = try handling.apply(.dispatch(DispatchRecord(service: .guardCompany, milestone: .requested)), to: &alarm, by: nadia, at: start)
        let entry = try handling.apply(
            .park(onSite: "agent GS-4412", note: "porte forcée, attend le menuisier", reminderMinutes: 240), to: &alarm, by: nadia,
            at: start.addingTimeInterval(1800))
        #expect(entry.kind == .alarmParked && entry.summary.contains("agent GS-4412"))
        return alarm
    }

    private func restore(_ alarm: inout Alarm, zone: Int, at date: Date) -> LogbookDraft? {
        handling.absorb(
            .restore(alarmID: alarm.id, zone: zone),
            event: SignalEvent(code: "BR", qualifier: .restore, category: .burglary, zone: zone, description: "BR"),
            title: Wording(both: "BR"), into: &alarm, at: date, procedure: { _, _ in nil })
    }

    @Test func aParkedAlarmIsInNoOnesHandsAndItsReminderRuns() throws {
        let alarm = try parked()
        #expect(alarm.lifecycle.state == .awaitingRestore && alarm.lifecycle.holder == nil)
        #expect(alarm.parking?.isActive == true && alarm.parking?.onSite == "agent GS-4412")
        #expect(alarm.handlingClockStart == start.addingTimeInterval(1800))
        #expect(alarm.parking?.remindAt == start.addingTimeInterval(1800 + 240 * 60))
        #expect(alarm.steps[0].isPending)
    }

    @Test func theRestoreBringsItBackToTheQueue() throws {
        var alarm = try parked()
        #expect(restore(&alarm, zone: 9, at: start.addingTimeInterval(3600)) == nil)
        #expect(alarm.lifecycle.state == .awaitingRestore)
        let restoredAt = start.addingTimeInterval(4 * 3600)
        let entry = try #require(restore(&alarm, zone: 7, at: restoredAt))
        #expect(entry.kind == .alarmReturned && entry.summary.contains("the site restored"))
        #expect(alarm.lifecycle.state == .new && alarm.parking?.end == .restored && alarm.returnedAt == restoredAt)
        #expect(alarm.currentSince == restoredAt && !alarm.steps[0].isPending)
    }

    @Test func theGuardLeavingBringsItBackToWhoeverRecordedIt() throws {
        var alarm = try parked()
        _ = try handling.apply(.lifecycle(.take), to: &alarm, by: nadia, at: start.addingTimeInterval(7200))
        _ = try handling.apply(
            .dispatch(DispatchRecord(service: .guardCompany, milestone: .left, note: "porte sécurisée")), to: &alarm, by: nadia,
            at: start.addingTimeInterval(7300))
        #expect(alarm.parking?.end == .guardLeft && alarm.lifecycle.state == .inProgress && alarm.lifecycle.holder == nadia)
    }

    @Test func theReminderBringsItBackAndItEscalatesAgain() throws {
        var alarm = try parked()
        let entry = try handling.apply(.returnFromParking(.reminderDue), to: &alarm, by: .station, at: start.addingTimeInterval(1800 + 240 * 60))
        #expect(entry.summary.contains("the reminder fell due") && alarm.lifecycle.state == .new && alarm.lifecycle.escalatedAt == nil)
        #expect(throws: AlarmTransitionError.self) { try handling.apply(.returnFromParking(.reminderDue), to: &alarm, by: .station, at: start) }
    }

    @Test(arguments: [("", 60, "onSite"), ("agent", 0, "reminderMinutes"), ("agent", 2000, "reminderMinutes")])
    func aParkingNeedsSomeoneOnSiteAndAReminder(onSite: String, minutes: Int, field: String) throws {
        var alarm = try parked()
        _ = try handling.apply(.lifecycle(.take), to: &alarm, by: nadia, at: start)
        let before = alarm
        #expect { try handling.apply(.park(onSite: onSite, note: nil, reminderMinutes: minutes), to: &alarm, by: nadia, at: start) } throws: {
            ($0 as? ValidationError)?.fields.first?.field == field
        }
        #expect(alarm == before)
    }
}
