import Foundation
import Testing
import VigieCore

/// Every handling command in every state, as a table: what it leaves the alarm in, or that it is refused and
/// leaves the alarm as it was.
@Suite struct AlarmHandlingMatrixTests {
    static let karim = AlarmActor(userID: UUID(), name: "karim", role: .operator)
    static let nadia = AlarmActor(userID: UUID(), name: "nadia", role: .operator)
    static let claire = AlarmActor(userID: UUID(), name: "claire", role: .supervisor)
    static let start = Date(timeIntervalSince1970: 1_795_000_000)
    static let code = ClosureCode(code: "TECH", label: "Défaut technique", outcome: .technical)

    /// A technical alarm (so that it may be closed in bulk) with one optional step, brought to `state` by karim.
    static func alarm(in state: AlarmState) throws -> Alarm {
        var alarm = Alarm(
            id: UUID(), siteID: UUID(), opening: AlarmOpening(category: .technical, priority: 20, title: "AC Trouble"), zone: nil, at: start)
        alarm.follow(
            Procedure(scope: .station, category: .technical, title: "Défaut", steps: [ProcedureStep(kind: .notifyCustomer, required: false)]))
        let commands: [AlarmCommand] =
            switch state {
            case .new: []
            case .taken: [.take]
            case .inProgress: [.take, .recordActivity]
            case .dispatched: [.take, .dispatch]
            case .awaitingRestore: [.take, .awaitRestore]
            case .closed: [.take, .close(code: "TECH", comment: nil, commentRequired: false, pendingRequiredSteps: 0)]
            }
        for command in commands { try alarm.lifecycle.apply(command, by: karim, at: start) }
        return alarm
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var name: String
        var command: HandlingCommand
        var actor: AlarmActor
        /// The state after the command from each starting state; absent: refused.
        var outcomes: [AlarmState: AlarmState]
        var testDescription: String { name }
    }

    static let rows: [Row] = [
        Row(
            name: "take", command: .lifecycle(.take), actor: karim,
            outcomes: [.new: .taken, .taken: .taken, .inProgress: .inProgress, .dispatched: .dispatched, .awaitingRestore: .awaitingRestore]),
        Row(name: "take by another", command: .lifecycle(.take), actor: nadia, outcomes: [.new: .taken]),
        Row(
            name: "release", command: .lifecycle(.release), actor: karim,
            outcomes: [.taken: .new, .inProgress: .new, .dispatched: .dispatched, .awaitingRestore: .awaitingRestore]),
        Row(name: "release by another operator", command: .lifecycle(.release), actor: nadia, outcomes: [:]),
        Row(
            name: "release by a supervisor", command: .lifecycle(.release), actor: claire,
            outcomes: [.taken: .new, .inProgress: .new, .dispatched: .dispatched, .awaitingRestore: .awaitingRestore]),
        Row(
            name: "transfer", command: .lifecycle(.transfer(to: nadia)), actor: karim,
            outcomes: [.taken: .taken, .inProgress: .inProgress, .dispatched: .dispatched, .awaitingRestore: .awaitingRestore]),
        Row(
            name: "step", command: .step(index: 0, outcome: StepOutcome(note: "prévenu"), skippedReason: nil, holdUp: nil), actor: karim,
            outcomes: [.taken: .inProgress, .inProgress: .inProgress, .dispatched: .dispatched, .awaitingRestore: .awaitingRestore]),
        Row(
            name: "step by another", command: .step(index: 0, outcome: StepOutcome(note: "prévenu"), skippedReason: nil, holdUp: nil),
            actor: nadia, outcomes: [:]),
        Row(
            name: "dispatch requested", command: .dispatch(DispatchRecord(service: .guardCompany, milestone: .requested)), actor: karim,
            outcomes: [.taken: .dispatched, .inProgress: .dispatched, .dispatched: .dispatched, .awaitingRestore: .dispatched]),
        Row(
            name: "guard on site", command: .dispatch(DispatchRecord(service: .guardCompany, milestone: .onSite)), actor: karim,
            outcomes: [.taken: .inProgress, .inProgress: .inProgress, .dispatched: .dispatched, .awaitingRestore: .awaitingRestore]),
        Row(
            name: "close", command: .close(code, comment: nil), actor: karim,
            outcomes: [.taken: .closed, .inProgress: .closed, .dispatched: .closed, .awaitingRestore: .closed]),
        Row(
            name: "close by a supervisor", command: .close(code, comment: nil), actor: claire,
            outcomes: [.new: .closed, .taken: .closed, .inProgress: .closed, .dispatched: .closed, .awaitingRestore: .closed]),
        Row(
            name: "close in bulk", command: .closeInBulk(code, comment: "orage"), actor: claire,
            outcomes: [.new: .closed, .taken: .closed, .inProgress: .closed, .dispatched: .closed, .awaitingRestore: .closed]),
        Row(name: "close in bulk by an operator", command: .closeInBulk(code, comment: "orage"), actor: karim, outcomes: [:]),
        Row(name: "escalate", command: .lifecycle(.escalate), actor: .station, outcomes: [.new: .new]),
        Row(
            name: "park with the guard on site", command: .park(onSite: "agent GS-4412", note: nil, reminderMinutes: 60), actor: karim,
            outcomes: [.taken: .awaitingRestore, .inProgress: .awaitingRestore, .dispatched: .awaitingRestore, .awaitingRestore: .awaitingRestore]),
        Row(name: "park by another", command: .park(onSite: "agent", note: nil, reminderMinutes: 60), actor: nadia, outcomes: [:]),
        Row(name: "park without anyone on site", command: .park(onSite: " ", note: nil, reminderMinutes: 60), actor: karim, outcomes: [:]),
        // Nothing is parked in the table's alarms: there is nothing to come back from.
        Row(name: "return from parking, not parked", command: .returnFromParking(.reminderDue), actor: .station, outcomes: [:]),
        Row(
            name: "dead-man release", command: .lifecycle(.deadManRelease), actor: .station,
            outcomes: [.taken: .new, .inProgress: .new, .dispatched: .dispatched, .awaitingRestore: .awaitingRestore]),
    ]

    @Test(arguments: rows)
    func everyStateAnswersTheCommand(row: Row) throws {
        let handling = AlarmHandling()
        for state in [AlarmState.new, .taken, .inProgress, .dispatched, .awaitingRestore, .closed] {
            let before = try Self.alarm(in: state)
            var alarm = before
            let result = Result { try handling.apply(row.command, to: &alarm, by: row.actor, at: Self.start.addingTimeInterval(60)) }
            if let expected = row.outcomes[state] {
                #expect((try? result.get()) != nil, "\(row.name) from \(state) should be allowed")
                #expect(alarm.lifecycle.state == expected, "\(row.name) from \(state)")
            } else {
                #expect((try? result.get()) == nil, "\(row.name) from \(state) should be refused")
                #expect(alarm == before, "\(row.name) from \(state) changed a refused alarm")
            }
        }
    }
}
