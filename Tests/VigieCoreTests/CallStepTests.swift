import Foundation
import Testing
import VigieCore

/// Issue 26, story 4: the callback calls the site and, with no answer, the operator goes on to the next step;
/// calling the contacts goes down the list; a technical check asks no code word.
@Suite struct CallStepTests {
    let at = Date(timeIntervalSince1970: 1_795_482_780)

    private func alarm(_ steps: [ProcedureStep]) -> Alarm {
        var alarm = Alarm(id: UUID(), siteID: UUID(), opening: AlarmOpening(category: .fire, priority: 90, title: "Fire"), zone: 1, at: at)
        alarm.follow(Procedure(scope: .station, category: .fire, title: "Incendie", steps: steps))
        return alarm
    }

    @Test(arguments: [StepOutcome.CallResult.noAnswer, .busy, .wrongNumber, .voicemail])
    func anUnansweredCallbackMovesOn(_ result: StepOutcome.CallResult) throws {
        var fire = alarm([ProcedureStep(kind: .callback), ProcedureStep(kind: .callPublicService, publicService: .fire)])
        try fire.record(
            step: 0, outcome: StepOutcome(call: result, called: "Menuiserie Perrin, 04 78 00 00 02"), skippedReason: nil, by: "nadia", at: at)
        #expect(fire.steps[0].outcome?.call == result && !fire.steps[0].isPending && fire.steps[0].attempts == nil)
        #expect(fire.pendingRequiredSteps == 1)
    }

    @Test func callingTheContactsGoesDownTheListUntilOneAnswers() throws {
        var fire = alarm([ProcedureStep(kind: .callContacts)])
        try fire.record(step: 0, outcome: StepOutcome(call: .noAnswer, called: "M. Perrin"), skippedReason: nil, by: "nadia", at: at)
        #expect(fire.steps[0].isPending && fire.steps[0].attempts?.count == 1)
        try fire.record(
            step: 0, outcome: StepOutcome(call: .answered, called: "Mme Perrin", note: "arrive dans 40 min"), skippedReason: nil, by: "nadia", at: at)
        #expect(!fire.steps[0].isPending && fire.steps[0].outcome?.note == "arrive dans 40 min")
    }

    @Test func theProcedureSaysWhatNoAnswerDoes() throws {
        var retried = alarm([ProcedureStep(kind: .callback, onNoAnswer: .retry)])
        try retried.record(step: 0, outcome: StepOutcome(call: .noAnswer), skippedReason: nil, by: "nadia", at: at)
        #expect(retried.steps[0].isPending)
        var movedOn = alarm([ProcedureStep(kind: .callContacts, onNoAnswer: .nextStep)])
        try movedOn.record(step: 0, outcome: StepOutcome(call: .noAnswer), skippedReason: nil, by: "nadia", at: at)
        #expect(!movedOn.steps[0].isPending)
    }

    @Test func theCodeWordIsAskedOnlyWhereTheStepSays() throws {
        #expect(ProcedureStep(kind: .callback).checksCodeWord)
        #expect(!ProcedureStep(kind: .callback, asksCodeWord: false).checksCodeWord)
        #expect(!ProcedureStep(kind: .callContacts).checksCodeWord)
        let invalid = Procedure(
            scope: .station, category: .technical, title: "x", steps: [ProcedureStep(kind: .instruction, text: "t", asksCodeWord: false)])
        #expect(throws: ValidationError.self) { try invalid.validate() }
        let noAnswerOnInstruction = Procedure(
            scope: .station, category: .technical, title: "x", steps: [ProcedureStep(kind: .instruction, text: "t", onNoAnswer: .retry)])
        #expect(throws: ValidationError.self) { try noAnswerOnInstruction.validate() }
    }

    @Test func theLogbookNamesWhoWasCalledNotAnIdentifier() throws {
        var fire = alarm([ProcedureStep(kind: .callback)])
        let contact = UUID()
        try fire.record(
            step: 0, outcome: StepOutcome(call: .noAnswer, contactID: contact, called: "Menuiserie Perrin, 04 78 00 00 02"), skippedReason: nil,
            by: "nadia", at: at)
        let entry = StepLog.draft(alarm: fire, index: 0, by: AlarmActor(userID: UUID(), name: "nadia", role: .operator))
        #expect(entry.summary.contains("called Menuiserie Perrin, 04 78 00 00 02") && !entry.summary.contains(contact.uuidString))
    }
}
