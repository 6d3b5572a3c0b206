import Foundation

/// The alarm's handling state and who holds it, with the only legal ways to change them.
///
/// A value type with no I/O: the alarm service applies a command, stores the new value and the logbook entry
/// in one transaction, and tests check every transition by itself.
public struct AlarmLifecycle: Codable, Sendable, Hashable {
    public private(set) var state: AlarmState
    public private(set) var holder: AlarmActor?
    /// When it was first taken, for response-time statistics (kept across releases).
    public private(set) var firstTakenAt: Date?
    public private(set) var escalatedAt: Date?
    public private(set) var closedAt: Date?
    public private(set) var closureCode: String?
    public private(set) var closureComment: String?
    /// The last time the holder did something, for the dead-man check.
    public private(set) var lastActivityAt: Date?

    public init() {
        state = .new
    }

    /// Applies `command` by `actor` at `date`.
    /// - Throws: ``AlarmTransitionError`` and leaves the lifecycle unchanged when the command is not allowed.
    public mutating func apply(_ command: AlarmCommand, by actor: AlarmActor, at date: Date) throws(AlarmTransitionError) {
        var next = self
        try next.transition(command, by: actor, at: date)
        self = next
    }

    private mutating func transition(_ command: AlarmCommand, by actor: AlarmActor, at date: Date) throws(AlarmTransitionError) {
        switch command {
        case .take:
            guard state != .closed else { throw .notAllowed(command: "take", state: state) }
            if let holder, holder.userID != actor.userID { throw .heldByAnother(holder: holder.name) }
            if state == .new { state = .taken }
            holder = actor
            firstTakenAt = firstTakenAt ?? date
            lastActivityAt = date
        case .release, .deadManRelease:
            guard holder != nil else { throw .notAllowed(command: "release", state: state) }
            if case .release = command { try requireHolderOrSupervisor(actor) }
            holder = nil
            if state == .taken || state == .inProgress { state = .new }
        case .transfer(let target):
            guard holder != nil, state != .closed else { throw .notAllowed(command: "transfer", state: state) }
            try requireHolderOrSupervisor(actor)
            holder = target
            lastActivityAt = date
        case .recordActivity:
            try requireHolder(actor, command: "act on")
            if state == .taken { state = .inProgress }
            lastActivityAt = date
        case .dispatch:
            try requireHolder(actor, command: "dispatch")
            guard [.taken, .inProgress, .dispatched, .awaitingRestore].contains(state) else { throw .notAllowed(command: "dispatch", state: state) }
            state = .dispatched
            lastActivityAt = date
        case .awaitRestore:
            try requireHolder(actor, command: "set awaiting restore on")
            guard [.taken, .inProgress, .dispatched].contains(state) else { throw .notAllowed(command: "await restore", state: state) }
            state = .awaitingRestore
            lastActivityAt = date
        case .park:
            try requireHolder(actor, command: "park")
            guard [.taken, .inProgress, .dispatched, .awaitingRestore].contains(state) else { throw .notAllowed(command: "park", state: state) }
            state = .awaitingRestore
            holder = nil
            lastActivityAt = date
        case .returnFromParking:
            guard state == .awaitingRestore else { throw .notAllowed(command: "return from parking", state: state) }
            state = holder == nil ? .new : .inProgress
            // Back in the queue it escalates again if nobody takes it.
            escalatedAt = nil
        case .close(let code, let comment, let commentRequired, let pendingRequiredSteps):
            // Closing straight from the queue is a supervisor's bulk handling (a storm of technical alarms).
            guard state != .closed, state != .new || actor.role.includes(.supervisor) else { throw .notAllowed(command: "close", state: state) }
            try requireHolderOrSupervisor(actor)
            if pendingRequiredSteps > 0 { throw .requiredStepsPending(count: pendingRequiredSteps) }
            if commentRequired, (comment ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw .commentRequired }
            state = .closed
            closureCode = code
            closureComment = comment
            closedAt = date
            holder = nil
        case .escalate:
            guard state == .new, escalatedAt == nil else { throw .notAllowed(command: "escalate", state: state) }
            escalatedAt = date
        }
    }

    /// A worse category took over an alarm still waiting in the queue: it escalates again, on that category's
    /// delay counted from the takeover (the escalation of a burglary says nothing about the fire that joined it).
    public mutating func restartEscalation() {
        guard state == .new else { return }
        escalatedAt = nil
    }

    private func requireHolder(_ actor: AlarmActor, command: String) throws(AlarmTransitionError) {
        guard let holder else { throw .notAllowed(command: command, state: state) }
        guard holder.userID == actor.userID else { throw .heldByAnother(holder: holder.name) }
    }

    private func requireHolderOrSupervisor(_ actor: AlarmActor) throws(AlarmTransitionError) {
        if holder?.userID == actor.userID || actor.role.includes(.supervisor) { return }
        throw .notHolder
    }
}
