import Foundation
import Testing
import VigieCore

/// The rules of handling, command by command and state by state, without a server (``AlarmHandling``).
@Suite struct AlarmHandlingTests {
    let handling = AlarmHandling()
    let karim = AlarmActor(userID: UUID(), name: "karim", role: .operator)
    let nadia = AlarmActor(userID: UUID(), name: "nadia", role: .operator)
    let claire = AlarmActor(userID: UUID(), name: "claire", role: .supervisor)
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let falseAlarm = ClosureCode(code: "FA-USR", label: "Fausse alarme (utilisateur)", outcome: .falseAlarm)
    let burglaryProcedure = Procedure(
        scope: .station, category: .burglary, title: "Intrusion",
        steps: [
            ProcedureStep(kind: .callback, onNoAnswer: .retry), ProcedureStep(kind: .dispatchGuard), ProcedureStep(kind: .waitForRestore),
            ProcedureStep(kind: .notifyCustomer, required: false),
        ])
    let holdUpProcedure = Procedure(
        scope: .station, category: .holdUp, title: "Agression", steps: [ProcedureStep(kind: .callPublicService, publicService: .police)])
    let fireProcedure = Procedure(scope: .station, category: .fire, title: "Incendie", steps: [ProcedureStep(kind: .callPublicService)])

    func burglary(zone: Int = 3) -> Alarm {
        var alarm = Alarm(
            id: UUID(), siteID: UUID(), opening: AlarmOpening(category: .burglary, priority: 60, title: "Burglary Alarm — zone \(zone)"), zone: zone,
            at: start)
        alarm.follow(burglaryProcedure)
        return alarm
    }

    /// `alarm` after `commands`, each a second after the previous.
    func after(_ commands: [(HandlingCommand, AlarmActor)], from alarm: Alarm? = nil) throws -> Alarm {
        var alarm = alarm ?? burglary()
        for (index, (command, actor)) in commands.enumerated() {
            _ = try handling.apply(command, to: &alarm, by: actor, at: start.addingTimeInterval(Double(index + 1)))
        }
        return alarm
    }

    func step(_ index: Int, _ outcome: StepOutcome? = StepOutcome(note: "fait"), skipped: String? = nil) -> HandlingCommand {
        .step(index: index, outcome: outcome, skippedReason: skipped, holdUp: holdUpProcedure)
    }

    // MARK: Steps

    /// Each step kind, done by its holder: the state it leaves the alarm in.
    @Test(arguments: [
        (0, AlarmState.inProgress), (1, .dispatched), (2, .awaitingRestore), (3, .inProgress),
    ])
    func aDoneStepMovesTheAlarmAsItsKindSays(index: Int, state: AlarmState) throws {
        let alarm = try after([(.lifecycle(.take), karim), (step(index), karim)])
        #expect(alarm.lifecycle.state == state)
        #expect(alarm.steps[index].by == "karim")
    }

    @Test func aSkippedStepMovesNothingButNeedsAReason() throws {
        let alarm = try after([(.lifecycle(.take), karim), (step(1, nil, skipped: "agent déjà sur place"), karim)])
        #expect(alarm.lifecycle.state == .inProgress)
        #expect(throws: StepError.reasonRequired) { try after([(.lifecycle(.take), karim), (step(0, nil, skipped: " "), karim)]) }
    }

    @Test func onlyTheHolderRecordsSteps() throws {
        #expect(throws: AlarmTransitionError.notAllowed(command: "act on", state: .new)) { try after([(step(0), karim)]) }
        #expect(throws: AlarmTransitionError.heldByAnother(holder: "karim")) { try after([(.lifecycle(.take), karim), (step(0), nadia)]) }
    }

    @Test func aRefusedCommandLeavesTheAlarmUnchanged() throws {
        let taken = try after([(.lifecycle(.take), karim), (step(0), karim)])
        var alarm = taken
        #expect(throws: StepError.alreadyRecorded(0)) { try handling.apply(step(0), to: &alarm, by: karim, at: start.addingTimeInterval(60)) }
        #expect(alarm == taken)
    }

    @Test func theDuressWordSwitchesToTheHoldUpProcedure() throws {
        let alarm = try after([(.lifecycle(.take), karim), (step(0, StepOutcome(call: .answered, codeWord: .duress)), karim)])
        #expect(alarm.category == .holdUp)
        #expect(alarm.priority >= AlarmPolicy().priority(of: .holdUp, risk: .medium))
        #expect(alarm.steps.map(\.step.kind) == [.callback, .callPublicService])
    }

    @Test func anUnansweredCallOfARetriedStepKeepsItOpen() throws {
        let alarm = try after([(.lifecycle(.take), karim), (step(0, StepOutcome(call: .noAnswer)), karim)])
        #expect(alarm.steps[0].isPending && alarm.steps[0].attempts?.count == 1)
    }

    // MARK: Dispatch

    @Test(arguments: [(DispatchRecord.Milestone.requested, AlarmState.dispatched), (.onSite, .inProgress), (.left, .inProgress)])
    func aDispatchMilestone(milestone: DispatchRecord.Milestone, state: AlarmState) throws {
        var alarm = try after([(.lifecycle(.take), karim)])
        let entry = try handling.apply(
            .dispatch(DispatchRecord(service: .guardCompany, milestone: milestone, reference: "INT-42")), to: &alarm, by: karim, at: start)
        #expect(alarm.lifecycle.state == state)
        #expect(entry.kind == .alarmDispatch)
        #expect(entry.summary.contains("guard \(milestone.rawValue) (INT-42)"))
    }

    /// Story 2: requested 02:19, on site 02:41, the contract says 30 min: on time. 02:52 would be 3 min late.
    @Test(arguments: [(22.0, nil as Int?), (30.0, nil), (33.0, 3), (30.5, 1)])
    func aGuardLaterThanTheContractIsRecordedAsLate(minutes: Double, late: Int?) throws {
        var alarm = try after([(.lifecycle(.take), karim)])
        _ = try handling.apply(
            .dispatch(DispatchRecord(service: .guardCompany, milestone: .requested, lateByMinutes: 99), contractMinutes: 30), to: &alarm, by: karim,
            at: start)
        let arrival = try handling.apply(
            .dispatch(DispatchRecord(service: .guardCompany, milestone: .onSite, note: "porte forcée"), contractMinutes: 30), to: &alarm, by: karim,
            at: start.addingTimeInterval(minutes * 60))
        let record = try JSONDecoder().decode(DispatchRecord.self, from: Data(arrival.details.utf8))
        #expect(record.lateByMinutes == late)
        #expect(arrival.summary.contains("late by") == (late != nil) && arrival.summary.contains("porte forcée"))
    }

    @Test func onlyTheGuardHasAContractAndARequestCannotClaimLateness() throws {
        var alarm = try after([(.lifecycle(.take), karim)])
        let request = try handling.apply(
            .dispatch(DispatchRecord(service: .police, milestone: .requested, lateByMinutes: 5), contractMinutes: 30), to: &alarm, by: karim,
            at: start)
        let police = try handling.apply(
            .dispatch(DispatchRecord(service: .police, milestone: .onSite), contractMinutes: 30), to: &alarm, by: karim,
            at: start.addingTimeInterval(3600))
        for entry in [request, police] {
            #expect(try JSONDecoder().decode(DispatchRecord.self, from: Data(entry.details.utf8)).lateByMinutes == nil)
        }
    }

    // MARK: Closure

    @Test func closingNeedsTheRequiredStepsAndAnActiveCode() throws {
        let taken = try after([(.lifecycle(.take), karim)])
        #expect(throws: AlarmTransitionError.requiredStepsPending(count: 3)) {
            try after([(.close(falseAlarm, comment: nil), karim)], from: taken)
        }
        var inactive = falseAlarm
        inactive.active = false
        #expect(throws: ValidationError.self) { try after([(.close(inactive, comment: nil), karim)], from: taken) }
        let skipped = try after([(step(0), karim), (step(1), karim), (step(2), karim), (.close(falseAlarm, comment: nil), karim)], from: taken)
        #expect(skipped.lifecycle.state == .closed && skipped.lifecycle.closureCode == "FA-USR")
    }

    @Test func aCodeThatNeedsACommentGetsOne() throws {
        var code = falseAlarm
        code.requiresComment = true
        let done = try after([(.lifecycle(.take), karim), (step(0), karim), (step(1), karim), (step(2), karim)])
        #expect(throws: AlarmTransitionError.commentRequired) { try after([(.close(code, comment: "  "), karim)], from: done) }
    }

    // MARK: Bulk closure

    func technical() -> Alarm {
        var alarm = Alarm(
            id: UUID(), siteID: UUID(), opening: AlarmOpening(category: .technical, priority: 20, title: "AC Trouble"), zone: nil, at: start)
        alarm.follow(
            Procedure(
                scope: .station, category: .technical, title: "Défaut",
                steps: [ProcedureStep(kind: .notifyCustomer), ProcedureStep(kind: .waitForRestore)]))
        return alarm
    }

    @Test func aSupervisorClosesATechnicalAlarmInBulkWithItsPendingStepsSkipped() throws {
        let alarm = try after([(.closeInBulk(falseAlarm, comment: "coupure EDF du quartier"), claire)], from: technical())
        #expect(alarm.lifecycle.state == .closed && alarm.lifecycle.closureComment == "coupure EDF du quartier")
        #expect(alarm.steps.allSatisfy { $0.skippedReason == "coupure EDF du quartier" && $0.by == "claire" })
    }

    @Test func bulkClosureIsForSupervisorsTechnicalAlarmsAndAComment() throws {
        #expect(throws: AlarmTransitionError.notBulkClosable(category: .burglary)) {
            try after([(.closeInBulk(falseAlarm, comment: "orage"), claire)])
        }
        #expect(throws: AlarmTransitionError.notHolder) { try after([(.closeInBulk(falseAlarm, comment: "orage"), karim)], from: technical()) }
        #expect(throws: AlarmTransitionError.commentRequired) { try after([(.closeInBulk(falseAlarm, comment: " "), claire)], from: technical()) }
    }

    // MARK: Lifecycle through the same door

    @Test func lifecycleCommandsAreLoggedWithTheirKind() throws {
        var alarm = burglary()
        let taken = try handling.apply(.lifecycle(.take), to: &alarm, by: karim, at: start)
        let moved = try handling.apply(.lifecycle(.transfer(to: nadia)), to: &alarm, by: claire, at: start)
        let escalated = try handling.apply(.lifecycle(.release), to: &alarm, by: nadia, at: start)
        #expect([taken.kind, moved.kind, escalated.kind] == [.alarmTaken, .alarmTransferred, .alarmReleased])
        #expect(alarm.lifecycle.holder == nil && alarm.lifecycle.state == .new)
    }

    // MARK: Events joining the alarm

    @discardableResult
    func join(_ alarm: inout Alarm, category: EventCategory, priority: Int, title: String, at date: Date, confirmed: Bool = false) -> LogbookDraft? {
        handling.absorb(
            .join(alarmID: alarm.id, priority: priority, category: category, confirmed: confirmed),
            event: SignalEvent(code: category == .fire ? "FA" : "BA", qualifier: .alarm, category: category, zone: 5, description: title),
            title: Wording(both: title), into: &alarm, at: date,
            procedure: { [fireProcedure, burglaryProcedure] category, _ in category == .fire ? fireProcedure : burglaryProcedure })
    }

    /// A fire that joins an 8-minute-old burglary is seen as a fire that just arrived (issue 13).
    @Test func aWorseCategoryTakesOverTheTitleTheClockAndTheEscalation() throws {
        var alarm = burglary()
        try alarm.lifecycle.apply(.escalate, by: .station, at: start.addingTimeInterval(240))
        let fireAt = start.addingTimeInterval(480)
        join(&alarm, category: .fire, priority: 90, title: "Fire Alarm — zone 5 cuisine", at: fireAt)
        #expect(alarm.category == .fire && alarm.title == "Fire Alarm — zone 5 cuisine")
        #expect(alarm.currentSince == fireAt && alarm.createdAt == start)
        #expect(alarm.lifecycle.escalatedAt == nil)
        #expect(alarm.handlingClockStart == fireAt)
        #expect(alarm.steps.map(\.step.kind) == [.callPublicService])
    }

    @Test func anEventNoMoreSeriousKeepsTitleAndClock() throws {
        var alarm = burglary()
        let entry = join(&alarm, category: .burglary, priority: 60, title: "Burglary Alarm — zone 5", at: start.addingTimeInterval(60))
        #expect(alarm.title == "Burglary Alarm — zone 3" && alarm.takenOverAt == nil && alarm.priority == 60)
        #expect(entry == nil)
    }

    /// Story 2: the second zone confirms the intrusion; the alarm is aggravated (red, rings again), same procedure.
    @Test func aConfirmationAggravatesTheAlarmAndSaysSoInTheLogbook() throws {
        var alarm = burglary()
        let confirmedAt = start.addingTimeInterval(240)
        let steps = alarm.steps
        let entry = try #require(
            join(&alarm, category: .burglary, priority: 80, title: "Burglary Alarm — zone 9 bureau", at: confirmedAt, confirmed: true))
        #expect(alarm.title == "Burglary Alarm — zone 9 bureau" && alarm.priority == 80 && alarm.confirmed)
        #expect(alarm.takenOverAt == confirmedAt && alarm.createdAt == start && alarm.code == "BA")
        #expect(alarm.steps == steps)
        #expect(entry.kind == .alarmAggravated && entry.alarmID == alarm.id)
        let details = try JSONDecoder().decode(Aggravation.self, from: Data(entry.details.utf8))
        #expect(details.fromTitle == "Burglary Alarm — zone 3" && details.fromPriority == 60 && details.toPriority == 80 && details.confirmed)
    }

    /// A French and an English console render the same entry: its details carry the alarm's title in both
    /// languages beside the facts, whose keys stay where earlier readers expect them.
    @Test func entriesAboutAnAlarmCarryItsTitleInEachLanguage() throws {
        var alarm = Alarm(
            id: UUID(), siteID: UUID(),
            opening: AlarmOpening(
                category: .burglary, priority: 60, title: "Burglary Alarm — zone 3",
                titles: Wording(en: "Burglary Alarm — zone 3", fr: "Alarme intrusion — zone 3")), zone: 3, at: start)
        alarm.follow(burglaryProcedure)
        let taken = try handling.apply(.lifecycle(.take), to: &alarm, by: karim, at: start.addingTimeInterval(5))
        struct Facts: Decodable {
            var command: String
            var holder: String?
            var alarmTitles: Wording
        }
        let facts = try JSONDecoder().decode(Facts.self, from: Data(taken.details.utf8))
        #expect(facts.command == "taken" && facts.holder == karim.name)
        #expect(facts.alarmTitles == Wording(en: "Burglary Alarm — zone 3", fr: "Alarme intrusion — zone 3"))
        // An alarm stored before titles were kept in both languages still names itself.
        var old = burglary()
        let step = try handling.apply(.lifecycle(.take), to: &old, by: karim, at: start)
        #expect(step.details.contains(#""alarmTitles":{"en":"Burglary Alarm — zone 3","fr":"Burglary Alarm — zone 3"}"#))
    }

    @Test func aTakeOverOfAHeldAlarmKeepsItsHolder() throws {
        var alarm = try after([(.lifecycle(.take), karim)])
        join(&alarm, category: .fire, priority: 90, title: "Fire Alarm — zone 5", at: start.addingTimeInterval(60))
        #expect(alarm.lifecycle.holder == karim && alarm.lifecycle.state == .taken)
    }

    // MARK: Restores

    func restore(_ alarm: inout Alarm, zone: Int, at date: Date) {
        handling.absorb(
            .restore(alarmID: alarm.id, zone: zone),
            event: SignalEvent(code: "BR", qualifier: .restore, category: .burglary, zone: zone, description: "Burglary Restoral"),
            title: Wording(both: "Burglary Restoral"), into: &alarm, at: date, procedure: { _, _ in nil })
    }

    /// A restore that arrived completes the wait-for-restore step: closing no longer marks it skipped (issue 13).
    @Test func theLastZoneRestoredCompletesTheWaitForRestoreStep() throws {
        var alarm = burglary()
        join(&alarm, category: .burglary, priority: 60, title: "Burglary Alarm — zone 5", at: start.addingTimeInterval(10))
        restore(&alarm, zone: 3, at: start.addingTimeInterval(20))
        #expect(alarm.steps[2].isPending)
        let restoredAt = start.addingTimeInterval(30)
        restore(&alarm, zone: 5, at: restoredAt)
        #expect(!alarm.steps[2].isPending)
        #expect(alarm.steps[2].outcome?.restored == true && alarm.steps[2].by == "station" && alarm.steps[2].at == restoredAt)
        #expect(alarm.pendingRequiredSteps == 2)
    }

    @Test func aStepSkippedBeforeTheRestoreStaysSkipped() throws {
        var alarm = try after([(.lifecycle(.take), karim), (step(2, nil, skipped: "site hors ligne"), karim)])
        restore(&alarm, zone: 3, at: start.addingTimeInterval(60))
        #expect(alarm.steps[2].skippedReason == "site hors ligne" && alarm.steps[2].outcome == nil)
    }
}
