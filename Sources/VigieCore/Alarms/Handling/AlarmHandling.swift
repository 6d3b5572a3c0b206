import Foundation

/// The rules of handling an alarm, in one place: what each command does to the alarm and what the logbook says
/// about it. Controllers, timers and the engine gather the inputs, call it inside the store's transaction
/// (``Store/updateAlarm(id:at:_:)``) and write what it returns; none of them decides anything.
///
/// Pure and synchronous: every command in every state is tested without a server (`AlarmHandlingMatrixTests`,
/// and the rules one by one in `AlarmHandlingTests`).
public struct AlarmHandling: Sendable {
    public var policy: AlarmPolicy

    /// The categories a supervisor may close in bulk; the others are handled one at a time.
    public static let bulkClosableCategories: Set<EventCategory> = [.technical, .supervision]

    public init(policy: AlarmPolicy = AlarmPolicy()) {
        self.policy = policy
    }

    /// Applies `command` by `actor` at `date` to `alarm`.
    /// - Returns: the logbook entry recording it, to be written in the same transaction.
    /// - Throws: ``AlarmTransitionError``, ``StepError`` or ``ValidationError``, and leaves `alarm` unchanged.
    public func apply(_ command: HandlingCommand, to alarm: inout Alarm, by actor: AlarmActor, at date: Date) throws -> LogbookDraft {
        var next = alarm
        let entry = try change(&next, command, by: actor, at: date.roundedToMilliseconds)
        alarm = next
        return entry
    }

    private func change(_ alarm: inout Alarm, _ command: HandlingCommand, by actor: AlarmActor, at date: Date) throws -> LogbookDraft {
        switch command {
        case .lifecycle(let lifecycleCommand, let note):
            try alarm.lifecycle.apply(lifecycleCommand, by: actor, at: date)
            return AlarmChangeLog.draft(for: lifecycleCommand, alarm: alarm, by: actor, note: note)
        case .step(let index, let outcome, let skippedReason, let holdUp):
            if let called = outcome?.called, called.count > 200 {
                throw ValidationError(field: "outcome.called", .maximumLength(200))
            }
            try alarm.lifecycle.apply(.recordActivity, by: actor, at: date)
            try alarm.record(step: index, outcome: outcome, skippedReason: skippedReason, by: actor.name, at: date)
            let record = alarm.steps[index]
            if record.outcome != nil {
                switch record.step.kind {
                // A guard or a public service requested: the alarm is now followed on site.
                case .dispatchGuard, .callPublicService: try alarm.lifecycle.apply(.dispatch, by: actor, at: date)
                // The operator's part is done: the alarm waits for the site's restore.
                case .waitForRestore where alarm.lifecycle.state != .awaitingRestore:
                    try alarm.lifecycle.apply(.awaitRestore, by: actor, at: date)
                default: break
                }
            }
            if outcome?.codeWord == .duress {
                // The duress word switches to the hold-up procedure at once (story 3); nothing else on screen says why.
                alarm.category = .holdUp
                alarm.priority = max(alarm.priority, policy.priority(of: .holdUp, risk: .medium))
                alarm.follow(holdUp)
            }
            return StepLog.draft(alarm: alarm, index: index, by: actor)
        case .dispatch(var record, let contractMinutes):
            // Only the holder records a dispatch; a request moves the alarm to `dispatched`.
            try alarm.lifecycle.apply(record.milestone == .requested ? .dispatch : .recordActivity, by: actor, at: date)
            record.lateByMinutes = nil
            if record.service == .guardCompany {
                if record.milestone == .requested { alarm.guardRequestedAt = alarm.guardRequestedAt ?? date }
                if record.milestone == .onSite, let requested = alarm.guardRequestedAt, let contractMinutes {
                    let late = date.timeIntervalSince(requested) / 60 - Double(contractMinutes)
                    if late > 0 { record.lateByMinutes = Int(late.rounded(.up)) }
                }
            }
            // The guard leaving a parked site brings the alarm back to whoever recorded it.
            if record.service == .guardCompany, record.milestone == .left { _ = Self.returnFromParking(&alarm, end: .guardLeft, at: date) }
            let reference = record.reference.map { " (\($0))" } ?? ""
            let lateness = record.lateByMinutes.map { " — late by \($0) min (contract \(contractMinutes ?? 0) min)" } ?? ""
            return LogbookDraft(
                about: alarm, kind: .alarmDispatch, author: Author(userID: actor.userID, name: actor.name),
                summary: "\(alarm.title): \(record.service.rawValue) \(record.milestone.rawValue)\(reference)\(lateness)"
                    + (record.note.map { " — \($0)" } ?? ""),
                details: record)
        case .park(let onSite, let note, let reminderMinutes):
            let who = onSite.trimmingCharacters(in: .whitespacesAndNewlines)
            try Parking.validate(onSite: who, note: note, reminderMinutes: reminderMinutes)
            try alarm.lifecycle.apply(.park, by: actor, at: date)
            alarm.parking = Parking(onSite: who, note: note, reminderMinutes: reminderMinutes, since: date, by: actor.name)
            return AlarmChangeLog.draft(
                for: .park, alarm: alarm, by: actor, note: "\(who), reminder in \(reminderMinutes) min" + (note.map { ": \($0)" } ?? ""))
        case .returnFromParking(let end):
            guard let entry = Self.returnFromParking(&alarm, end: end, at: date) else {
                throw AlarmTransitionError.notAllowed(command: "return from parking", state: alarm.lifecycle.state)
            }
            return entry
        case .closeInBulk(let code, let comment):
            guard Self.bulkClosableCategories.contains(alarm.category) else { throw AlarmTransitionError.notBulkClosable(category: alarm.category) }
            guard actor.role.includes(.supervisor) else { throw AlarmTransitionError.notHolder }
            let reason = comment.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw AlarmTransitionError.commentRequired }
            for index in alarm.steps.indices where alarm.steps[index].isPending {
                try alarm.record(step: index, outcome: nil, skippedReason: reason, by: actor.name, at: date)
            }
            return try change(&alarm, .close(code, comment: reason), by: actor, at: date)
        case .close(let code, let comment):
            guard code.active else { throw ValidationError(field: "closureCode", .inactiveClosureCode) }
            let lifecycleCommand = AlarmCommand.close(
                code: code.code, comment: comment, commentRequired: code.requiresComment, pendingRequiredSteps: alarm.pendingRequiredSteps)
            try alarm.lifecycle.apply(lifecycleCommand, by: actor, at: date)
            return AlarmChangeLog.draft(for: lifecycleCommand, alarm: alarm, by: actor, note: nil)
        }
    }

    /// One more event of the alarm, as the engine decided it (a join or a restore).
    ///
    /// A more serious event (a higher priority: a fire joining a burglary, a second zone confirming the
    /// intrusion) aggravates the alarm: it takes the event's title, category, code and priority, its age and
    /// escalation count from now (so it rings again on every console and escalates again if nobody takes it),
    /// a worse category's procedure replaces the steps not yet done, and the logbook says it was aggravated,
    /// from what to what. A restore that leaves no zone in alarm completes a pending wait-for-restore step: the
    /// evidence says the site restored, and when; and it closes an alarm about one of the station's own problems
    /// that nobody took.
    /// - Parameters:
    ///   - title: the event's own title (``AlarmProcessor/title(of:context:)``).
    ///   - procedure: the procedure to follow for a category and an event code, at this alarm's site.
    /// - Returns: the logbook entry of what the handling did beyond the event itself (the aggravation, the
    ///   station's closure).
    @discardableResult
    public func absorb(
        _ decision: EventDecision, event: SignalEvent, title: Wording, into alarm: inout Alarm, at date: Date,
        procedure: (EventCategory, String?) -> Procedure?
    ) -> LogbookDraft? {
        let before = alarm
        alarm.absorb(decision, zone: event.zone, at: date)
        alarm.note(code: event.code)
        if let grouped = AlarmGrouping.title(of: alarm) { alarm.retitle(grouped) }
        if alarm.priority > before.priority {
            return aggravate(&alarm, from: before, by: event, title: title, at: date, procedure: procedure)
        }
        guard case .restore = decision, alarm.zonesInAlarm.isEmpty else { return nil }
        alarm.completeWaitForRestore(at: date)
        if let returned = Self.returnFromParking(&alarm, end: .restored, at: date) { return returned }
        // A problem of the station that ended before anyone took its alarm needs nobody: the station closes it
        // (the alarm, its end and the closure stay in the logbook). Taken, it is its operator's to close.
        guard AlarmGrouping.isStationProblem(alarm), alarm.lifecycle.state == .new else { return nil }
        let close = AlarmCommand.close(code: AlarmGrouping.problemEndedCode, comment: nil, commentRequired: false, pendingRequiredSteps: 0)
        guard (try? alarm.lifecycle.apply(close, by: .station, at: date)) != nil else { return nil }
        return AlarmChangeLog.draft(
            for: close, alarm: alarm, by: .station, note: "the problem ended before anyone took the alarm", cause: .problemEnded)
    }

    /// Ends an active parking: the alarm comes back to the queue (or stays with its operator if one took it).
    /// - Returns: the logbook entry saying why, `nil` when the alarm was not parked.
    static func returnFromParking(_ alarm: inout Alarm, end: Parking.End, at date: Date) -> LogbookDraft? {
        guard var parking = alarm.parking, parking.isActive, (try? alarm.lifecycle.apply(.returnFromParking, by: .station, at: date)) != nil else {
            return nil
        }
        parking.end = end
        parking.endedAt = date
        alarm.parking = parking
        alarm.returnedAt = date
        let why =
            switch end {
            case .restored: "the site restored"
            case .guardLeft: "the guard left the site"
            case .reminderDue: "the reminder fell due"
            }
        let cause: AlarmChangeLog.Cause =
            switch end {
            case .restored: .restored
            case .guardLeft: .guardLeft
            case .reminderDue: .reminderDue
            }
        return AlarmChangeLog.draft(for: .returnFromParking, alarm: alarm, by: .station, note: why, cause: cause)
    }

    private func aggravate(
        _ alarm: inout Alarm, from before: Alarm, by event: SignalEvent, title: Wording, at date: Date,
        procedure: (EventCategory, String?) -> Procedure?
    ) -> LogbookDraft {
        if AlarmGrouping.title(of: alarm) == nil { alarm.retitle(title) }
        alarm.code = event.code
        alarm.takenOverAt = date
        alarm.lifecycle.restartEscalation()
        if alarm.category != before.category { alarm.follow(procedure(alarm.category, event.code)) }
        let aggravation = Aggravation(
            fromTitle: before.title, fromTitles: before.wording, fromCategory: before.category,
            fromPriority: before.priority, toTitle: alarm.title, toCategory: alarm.category,
            toPriority: alarm.priority, code: event.code, zone: event.zone, confirmed: alarm.confirmed && !before.confirmed)
        return LogbookDraft(
            about: alarm, kind: .alarmAggravated, author: .system,
            summary: "\(alarm.title): aggravated from \(before.title) (priority \(before.priority) → \(alarm.priority))", details: aggravation)
    }
}
