import Foundation
import Testing
import VigieCore

/// Story 7: Karim's hand-over report, built from his shift's logbook and what is open and in force at the end.
@Suite struct ShiftReportTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let karim = AlarmActor(userID: UUID(), name: "karim", role: .operator)
    let julie = AlarmActor(userID: UUID(), name: "julie", role: .operator)
    let pharmacy = UUID()
    let logisud = UUID()

    func alarm(_ title: String, fr: String, site: UUID?, priority: Int, at minutes: Double) -> Alarm {
        let opening = AlarmOpening(category: .burglary, priority: priority, title: title, titles: Wording(en: title, fr: fr))
        return Alarm(id: opening.id, siteID: site, opening: opening, zone: 3, at: time(minutes))
    }

    func time(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

    /// The shift's entries in order, numbered as the logbook would.
    func logbook(_ drafts: [(Double, LogbookDraft)]) -> [LogbookEntry] {
        drafts.enumerated().map { index, item in LogbookEntry(sequence: Int64(index + 1), at: time(item.0), draft: item.1, previousHash: "") }
    }

    @Test func theReportTellsWhatWasHandledWhatIsOpenAndWhatIsInForce() throws {
        var closed = alarm("Burglary Alarm", fr: "Alarme intrusion", site: pharmacy, priority: 60, at: 5)
        try closed.lifecycle.apply(.take, by: karim, at: time(6))
        try closed.lifecycle.apply(
            .close(code: "fa-usr", comment: "erreur", commentRequired: false, pendingRequiredSteps: 0), by: karim, at: time(20))
        var held = alarm("Fire Alarm", fr: "Alarme incendie", site: logisud, priority: 90, at: 30)
        try held.lifecycle.apply(.take, by: julie, at: time(31))
        try held.lifecycle.apply(.dispatch, by: julie, at: time(32))
        let waiting = alarm("Tamper", fr: "Autoprotection", site: pharmacy, priority: 40, at: 40)
        var fault = alarm("Receiver down", fr: "Récepteur arrêté", site: nil, priority: 80, at: 50)
        fault.grouping = "station:RECEIVER-DOWN:dc09-tcp"
        let karimAuthor = Author(userID: karim.userID, name: "karim")
        let guardRequested = DispatchRecord(service: .guardCompany, milestone: .requested, reference: "GS-1")
        let guardOnSite = DispatchRecord(service: .guardCompany, milestone: .onSite, reference: "GS-1")
        let policeLeft = DispatchRecord(service: .police, milestone: .left)
        let entries = logbook([
            (5, LogbookDraft(about: closed, kind: .alarmOpened, author: .system, summary: "opened")),
            (6, LogbookDraft(about: closed, kind: .alarmTaken, author: karimAuthor, summary: "taken")),
            (7, LogbookDraft(about: closed, kind: .alarmStep, author: karimAuthor, summary: "step")),
            (8, LogbookDraft(kind: .note, author: karimAuthor, siteID: pharmacy, summary: "Gardien prévenu")),
            (9, LogbookDraft(kind: .note, author: Author(userID: julie.userID, name: "julie"), summary: "Pas la note de Karim")),
            (20, LogbookDraft(about: closed, kind: .alarmClosed, author: karimAuthor, summary: "closed")),
            (30, LogbookDraft(about: held, kind: .alarmOpened, author: .system, summary: "opened")),
            (50, LogbookDraft(about: fault, kind: .alarmOpened, author: .system, summary: "opened")),
        ])
        let dispatches = logbook([
            (33, LogbookDraft(about: held, kind: .alarmDispatch, author: .system, summary: "", details: guardRequested)),
            (34, LogbookDraft(about: held, kind: .alarmDispatch, author: .system, summary: "", details: policeLeft)),
            (45, LogbookDraft(about: held, kind: .alarmDispatch, author: .system, summary: "", details: guardOnSite)),
        ])
        let inForce = TemporaryInstruction(siteID: pharmacy, text: "Gardien absent", validFrom: time(-60), validUntil: time(600))
        let expired = TemporaryInstruction(siteID: logisud, text: "Travaux", validFrom: time(-60), validUntil: time(10))
        let facts = ShiftReport.Facts(
            entries: entries.reversed(), alarms: [closed.id: closed, held.id: held, fault.id: fault], openAlarms: [waiting, fault, held],
            dispatchEntries: dispatches, instructions: [inForce, expired],
            closureCodes: [ClosureCode(code: "FA-USR", label: "Fausse alarme — erreur utilisateur", outcome: .falseAlarm)],
            siteNames: [pharmacy: "Pharmacie du Centre", logisud: "Logisud"])

        let report = ShiftReport(operatorName: "karim", from: start, until: time(60), facts: facts, handOverNotes: "RAS")

        #expect(report.alarmsOpened == 3 && report.alarmsClosed == 1 && report.stepsRecorded == 1)
        let handled = try #require(report.handled.first)
        #expect(report.handled.count == 1)
        #expect(handled.titles.fr == "Alarme intrusion" && handled.siteName == "Pharmacie du Centre")
        #expect(handled.receivedAt == time(5) && handled.takenAt == time(6) && handled.closedAt == time(20))
        #expect(
            handled.closureCode == "fa-usr" && handled.closureLabel == "Fausse alarme — erreur utilisateur" && handled.closureOutcome == .falseAlarm)
        #expect(handled.closureComment == "erreur")
        // Most urgent first, each with who holds it (nobody: it waits in the queue).
        #expect(report.stillOpen.map(\.titles.fr) == ["Alarme incendie", "Récepteur arrêté", "Autoprotection"])
        #expect(report.stillOpen.map(\.holder) == ["julie", nil, nil])
        #expect(report.stillOpen.first?.state == .dispatched && report.stillOpen.first?.siteName == "Logisud")
        // The guard is on site; the police left: only the guard is still in progress, at its latest milestone.
        #expect(report.dispatches.map(\.service) == [.guardCompany])
        #expect(report.dispatches.first?.milestone == .onSite && report.dispatches.first?.reference == "GS-1")
        #expect(report.instructions.map(\.text) == ["Gardien absent"] && report.instructions.first?.siteName == "Pharmacie du Centre")
        #expect(report.stationFaults.map(\.titles.fr) == ["Récepteur arrêté"] && report.stationFaults.first?.state == .new)
        #expect(report.written.map(\.text) == ["Gardien prévenu"] && report.written.first?.kind == .note)
        #expect(report.written.first?.siteName == "Pharmacie du Centre")
        #expect(report.handOverNotes == "RAS")
    }

    @Test func aQuietShiftHasAnEmptyReportWithItsNotes() {
        let report = ShiftReport(operatorName: "karim", from: start, until: time(480), facts: ShiftReport.Facts(entries: []), handOverNotes: "RAS")
        #expect(report.handled.isEmpty && report.stillOpen.isEmpty && report.dispatches.isEmpty && report.stationFaults.isEmpty)
        #expect(report.alarmsOpened == 0 && report.written.isEmpty && report.handOverNotes == "RAS")
    }

    @Test func theReportIsKeptAndReadBackAsTheHandOversDetails() throws {
        let report = ShiftReport(operatorName: "karim", from: start, until: time(480), facts: ShiftReport.Facts(entries: []), handOverNotes: "RAS")
        let draft = LogbookDraft(kind: .shiftHandedOver, author: .system, summary: "", details: report)
        #expect(try VigieJSON.decoder().decode(ShiftReport.self, from: Data(draft.details.utf8)) == report)
    }
}
