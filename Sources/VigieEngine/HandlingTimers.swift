import Foundation
import Logging
import ServiceLifecycle
import VigieCore

/// The clocks of alarm handling: escalation of alarms nobody takes, and the dead-man check (*homme mort*)
/// on operators who hold an alarm without doing anything.
///
/// Once a second it looks at the open alarms; every decision goes through ``Store/apply(_:to:by:at:note:)`` so
/// it is checked against the stored state and logged like an operator's action.
public final class HandlingTimers: Service, Sendable {
    /// How long an alarm may wait in the queue, by category, before supervisors are alerted.
    public struct Configuration: Sendable {
        /// Default 30 s for hold-up, duress, panic and fire; 60 s otherwise (issue 5).
        public var escalationDelays: [EventCategory: TimeInterval]
        public var defaultEscalationDelay: TimeInterval
        /// After this long without activity, the holder is alerted…
        public var deadManWarning: TimeInterval
        /// …and after this long the alarm goes back to the queue.
        public var deadManRelease: TimeInterval

        public init(
            escalationDelays: [EventCategory: TimeInterval] = [.holdUp: 30, .duress: 30, .panic: 30, .fire: 30],
            defaultEscalationDelay: TimeInterval = 60, deadManWarning: TimeInterval = 180, deadManRelease: TimeInterval = 300
        ) {
            self.escalationDelays = escalationDelays
            self.defaultEscalationDelay = defaultEscalationDelay
            self.deadManWarning = deadManWarning
            self.deadManRelease = deadManRelease
        }

        /// The soonest any timer can fire after its clock starts: alarms whose clock started later cannot be due.
        var shortestDelay: TimeInterval {
            min(escalationDelays.values.min() ?? defaultEscalationDelay, defaultEscalationDelay, deadManWarning, deadManRelease)
        }
    }

    private let store: any Store
    private let configuration: Configuration
    private let now: @Sendable () -> Date
    private let tick: Duration
    private let logger: Logger

    public init(
        store: any Store, configuration: Configuration = Configuration(), now: @escaping @Sendable () -> Date = Date.init,
        tick: Duration = .seconds(1), logger: Logger = Logger(label: "vigie.timers")
    ) {
        self.store = store
        self.configuration = configuration
        self.now = now
        self.tick = tick
        self.logger = logger
    }

    public func run() async throws {
        var warned: Set<UUID> = []
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                warned = try await check(warned: warned)
            } catch {
                logger.error("handling timers failed", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.tick) }
        }
    }

    /// One pass over the open alarms that may be due; returns the alarms whose holder has been warned and not
    /// yet released.
    public func check(warned: Set<UUID>) async throws -> Set<UUID> {
        let date = now()
        var stillWarned: Set<UUID> = []
        for alarm in try await store.alarmsWithHandlingClock(startedBy: date.addingTimeInterval(-configuration.shortestDelay)) {
            let lifecycle = alarm.lifecycle
            if lifecycle.state == .new, lifecycle.escalatedAt == nil,
                date.timeIntervalSince(alarm.createdAt) >= configuration.escalationDelays[alarm.category] ?? configuration.defaultEscalationDelay
            {
                _ = try? await store.apply(.escalate, to: alarm.id, by: .station, at: date, note: "not taken in time")
            }
            guard let holder = lifecycle.holder, let last = lifecycle.lastActivityAt, [.taken, .inProgress].contains(lifecycle.state) else { continue }
            let idle = date.timeIntervalSince(last)
            if idle >= configuration.deadManRelease {
                _ = try? await store.apply(.deadManRelease, to: alarm.id, by: .station, at: date, note: "\(holder.name) inactive \(Int(idle)) s")
            } else if idle >= configuration.deadManWarning {
                if !warned.contains(alarm.id) {
                    try await store.appendLogbook(
                        LogbookDraft(
                            kind: "alarm.deadManWarning", author: .system, siteID: alarm.siteID, alarmID: alarm.id,
                            summary: "\(alarm.title): \(holder.name) has done nothing for \(Int(idle)) s (dead-man check)"))
                }
                stillWarned.insert(alarm.id)
            }
        }
        return stillWarned
    }
}
