import Foundation
import Testing
import VigieCore

/// Every transition of the alarm lifecycle, allowed and refused.
@Suite struct AlarmLifecycleTests {
    let karim = AlarmActor(userID: UUID(), name: "karim", role: .operator)
    let nadia = AlarmActor(userID: UUID(), name: "nadia", role: .operator)
    let claire = AlarmActor(userID: UUID(), name: "claire", role: .supervisor)
    let start = Date(timeIntervalSince1970: 1_795_000_000)

    private func lifecycle(_ commands: [(AlarmCommand, AlarmActor)]) throws -> AlarmLifecycle {
        var lifecycle = AlarmLifecycle()
        for (index, (command, actor)) in commands.enumerated() {
            try lifecycle.apply(command, by: actor, at: start.addingTimeInterval(Double(index)))
        }
        return lifecycle
    }

    private func close(_ code: String = "FA-USR", comment: String? = nil, commentRequired: Bool = false, pending: Int = 0) -> AlarmCommand {
        .close(code: code, comment: comment, commentRequired: commentRequired, pendingRequiredSteps: pending)
    }

    @Test func theStoryOneWalkFromQueueToClosure() throws {
        let alarm = try lifecycle([(.take, karim), (.recordActivity, karim), (close(comment: "oubli de mise en service"), karim)])
        #expect(alarm.state == .closed && alarm.holder == nil)
        #expect(alarm.firstTakenAt == start && alarm.closedAt == start.addingTimeInterval(2))
        #expect(alarm.closureCode == "FA-USR" && alarm.closureComment == "oubli de mise en service")
    }

    @Test func theStoryTwoWalkThroughDispatchAndAwaitingRestore() throws {
        var alarm = try lifecycle([(.take, nadia), (.recordActivity, nadia), (.dispatch, nadia), (.awaitRestore, nadia)])
        #expect(alarm.state == .awaitingRestore && alarm.holder == nadia)
        try alarm.apply(close("REAL-POL"), by: nadia, at: start.addingTimeInterval(4 * 3600))
        #expect(alarm.state == .closed)
    }

    @Test func onlyOneOperatorHoldsAnAlarm() throws {
        var alarm = try lifecycle([(.take, karim)])
        #expect(throws: AlarmTransitionError.heldByAnother(holder: "karim")) { try alarm.apply(.take, by: nadia, at: start) }
        #expect(throws: AlarmTransitionError.heldByAnother(holder: "karim")) { try alarm.apply(.recordActivity, by: nadia, at: start) }
        #expect(throws: AlarmTransitionError.notHolder) { try alarm.apply(.release, by: nadia, at: start) }
        #expect(throws: AlarmTransitionError.notHolder) { try alarm.apply(close(), by: nadia, at: start) }
        // Taking it again is harmless for its holder.
        try alarm.apply(.take, by: karim, at: start.addingTimeInterval(5))
        #expect(alarm.holder == karim && alarm.firstTakenAt == start)
    }

    @Test func releaseReturnsToTheQueueAndKeepsTheFirstTakeTime() throws {
        var alarm = try lifecycle([(.take, karim), (.recordActivity, karim), (.release, karim)])
        #expect(alarm.state == .new && alarm.holder == nil && alarm.firstTakenAt == start)
        try alarm.apply(.take, by: nadia, at: start.addingTimeInterval(60))
        #expect(alarm.holder == nadia && alarm.firstTakenAt == start)
        #expect(throws: AlarmTransitionError.notAllowed(command: "release", state: .new)) {
            var fresh = AlarmLifecycle()
            try fresh.apply(.release, by: karim, at: start)
        }
    }

    @Test func releasingADispatchedAlarmKeepsItsState() throws {
        let alarm = try lifecycle([(.take, nadia), (.dispatch, nadia), (.release, claire)])
        #expect(alarm.state == .dispatched && alarm.holder == nil)
    }

    @Test func transferHandsTheAlarmToAnotherOperator() throws {
        var alarm = try lifecycle([(.take, karim), (.recordActivity, karim), (.transfer(to: nadia), karim)])
        #expect(alarm.holder == nadia && alarm.state == .inProgress)
        try alarm.apply(.transfer(to: karim), by: claire, at: start)
        #expect(alarm.holder == karim)
        #expect(throws: AlarmTransitionError.notHolder) { try alarm.apply(.transfer(to: nadia), by: nadia, at: start) }
        #expect(throws: AlarmTransitionError.notAllowed(command: "transfer", state: .new)) {
            var fresh = AlarmLifecycle()
            try fresh.apply(.transfer(to: nadia), by: claire, at: start)
        }
    }

    @Test func closureNeedsRequiredStepsAndCommentsAndChangesNothingWhenRefused() throws {
        var alarm = try lifecycle([(.take, karim), (.recordActivity, karim)])
        let before = alarm
        #expect(throws: AlarmTransitionError.requiredStepsPending(count: 2)) { try alarm.apply(close(pending: 2), by: karim, at: start) }
        #expect(throws: AlarmTransitionError.commentRequired) { try alarm.apply(close(comment: "  ", commentRequired: true), by: karim, at: start) }
        #expect(alarm == before)
        try alarm.apply(close(comment: "RAS", commentRequired: true), by: karim, at: start)
        #expect(alarm.state == .closed)
        #expect(throws: AlarmTransitionError.notAllowed(command: "close", state: .closed)) { try alarm.apply(close(), by: karim, at: start) }
        #expect(throws: AlarmTransitionError.notAllowed(command: "take", state: .closed)) { try alarm.apply(.take, by: karim, at: start) }
    }

    @Test func onlySupervisorsCloseStraightFromTheQueue() throws {
        var alarm = AlarmLifecycle()
        #expect(throws: AlarmTransitionError.notAllowed(command: "close", state: .new)) { try alarm.apply(close("TECH"), by: karim, at: start) }
        try alarm.apply(close("TECH"), by: claire, at: start)
        #expect(alarm.state == .closed)
    }

    @Test func dispatchAndAwaitRestoreNeedTheHolderAndAnOpenHandling() throws {
        var alarm = AlarmLifecycle()
        #expect(throws: AlarmTransitionError.notAllowed(command: "dispatch", state: .new)) { try alarm.apply(.dispatch, by: karim, at: start) }
        try alarm.apply(.take, by: karim, at: start)
        #expect(throws: AlarmTransitionError.heldByAnother(holder: "karim")) { try alarm.apply(.awaitRestore, by: nadia, at: start) }
        try alarm.apply(.awaitRestore, by: karim, at: start)
        #expect(throws: AlarmTransitionError.notAllowed(command: "await restore", state: .awaitingRestore)) {
            try alarm.apply(.awaitRestore, by: karim, at: start)
        }
        // A guard sent while waiting for the restore (story 2's protective measure).
        try alarm.apply(.dispatch, by: karim, at: start)
        #expect(alarm.state == .dispatched)
    }

    @Test func escalationHappensOnceAndOnlyInTheQueue() throws {
        var alarm = AlarmLifecycle()
        try alarm.apply(.escalate, by: .station, at: start.addingTimeInterval(30))
        #expect(alarm.escalatedAt == start.addingTimeInterval(30) && alarm.state == .new)
        #expect(throws: AlarmTransitionError.notAllowed(command: "escalate", state: .new)) { try alarm.apply(.escalate, by: .station, at: start) }
        var taken = try lifecycle([(.take, karim)])
        #expect(throws: AlarmTransitionError.notAllowed(command: "escalate", state: .taken)) { try taken.apply(.escalate, by: .station, at: start) }
    }

    @Test func theDeadManPutsAnIdleHoldersAlarmBackInTheQueue() throws {
        var alarm = try lifecycle([(.take, karim), (.recordActivity, karim)])
        #expect(alarm.lastActivityAt == start.addingTimeInterval(1))
        try alarm.apply(.deadManRelease, by: .station, at: start.addingTimeInterval(300))
        #expect(alarm.state == .new && alarm.holder == nil)
    }

    @Test func lifecyclesRoundTripThroughJSON() throws {
        let alarm = try lifecycle([(.take, karim), (.dispatch, karim)])
        let data = try VigieJSON.encoder().encode(alarm)
        #expect(try VigieJSON.decoder().decode(AlarmLifecycle.self, from: data) == alarm)
    }
}
