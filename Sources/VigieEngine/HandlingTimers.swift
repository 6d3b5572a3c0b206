import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore

/// The clocks of alarm handling: escalation of alarms nobody takes, and the dead-man check (*homme mort*)
/// on operators who hold an alarm without doing anything.
///
/// Once a second it looks at the open alarms; every decision goes through ``Store/apply(_:to:by:at:note:)`` so
/// it is checked against the stored state and logged like an operator's action. Delays are measured on the
/// monotonic clock (``HandlingClockAnchors``); the times written to the record are wall-clock.
public final class HandlingTimers: Service, Sendable {
    /// How long an alarm may wait in the queue, by category and priority, before supervisors are alerted.
    public struct Configuration: Sendable {
        /// Default 30 s for hold-up, duress, panic and fire; 60 s otherwise (issue 5).
        public var escalationDelays: [EventCategory: TimeInterval]
        public var defaultEscalationDelay: TimeInterval
        /// After this long without activity, the holder is alerted…
        public var deadManWarning: TimeInterval
        /// …and after this long the alarm goes back to the queue.
        public var deadManRelease: TimeInterval
        /// An alarm of at least this priority is urgent whatever its category (a procedure made a pharmacy's mains
        /// failure urgent, the station's own alarms outrank everything): it escalates within ``urgentEscalationDelay``.
        public var urgentPriority = 85
        public var urgentEscalationDelay: TimeInterval = 30

        /// How long `alarm` may wait untaken: the shorter of its category's delay and, for an urgent priority, the
        /// urgent delay.
        public func escalationDelay(for alarm: Alarm) -> TimeInterval {
            let byCategory = escalationDelays[alarm.category] ?? defaultEscalationDelay
            return alarm.priority >= urgentPriority ? min(byCategory, urgentEscalationDelay) : byCategory
        }

        public init(
            escalationDelays: [EventCategory: TimeInterval] = [.holdUp: 30, .duress: 30, .panic: 30, .fire: 30],
            defaultEscalationDelay: TimeInterval = 60, deadManWarning: TimeInterval = 180, deadManRelease: TimeInterval = 300
        ) {
            self.escalationDelays = escalationDelays
            self.defaultEscalationDelay = defaultEscalationDelay
            self.deadManWarning = deadManWarning
            self.deadManRelease = deadManRelease
        }

    }

    private let store: any Store
    private let configuration: Configuration
    private let clock: StationClock
    private let tick: Duration
    private let logger: Logger
    private let anchors = Mutex(HandlingClockAnchors())

    public init(
        store: any Store, configuration: Configuration = Configuration(), clock: StationClock = .system,
        tick: Duration = .seconds(1), logger: Logger = Logger(label: "vigie.timers")
    ) {
        self.store = store
        self.configuration = configuration
        self.clock = clock
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

    /// One pass over the open alarms whose handling clock runs; returns the alarms whose holder has been warned
    /// and not yet released.
    ///
    /// It reads every running clock, not only those the wall clock says may be due: a clock first seen late
    /// could not be placed on the monotonic clock (see ``HandlingClockAnchors``). Running clocks are the alarms
    /// waiting less than their escalation delay and the held ones, a small part of a storm's open alarms.
    public func check(warned: Set<UUID>) async throws -> Set<UUID> {
        let now = clock.now()
        let date = now.wall
        let alarms = try await store.alarmsWithHandlingClock(startedBy: .distantFuture)
        let running = alarms.compactMap { alarm in alarm.handlingClockStart.map { (alarmID: alarm.id, start: $0) } }
        let elapsed = anchors.withLock { $0.elapsed(running, now: now) }
        var stillWarned: Set<UUID> = []
        for alarm in alarms {
            guard let seconds = elapsed[alarm.id]?.timeInterval else { continue }
            let lifecycle = alarm.lifecycle
            if lifecycle.state == .new, lifecycle.escalatedAt == nil, seconds >= configuration.escalationDelay(for: alarm) {
                _ = try? await store.apply(.escalate, to: alarm.id, by: .station, at: date, note: "not taken in time")
            }
            if lifecycle.state == .awaitingRestore, let parking = alarm.parking, parking.isActive,
                seconds >= TimeInterval(parking.reminderMinutes * 60)
            {
                _ = try? await store.updateAlarm(id: alarm.id, at: date) { alarm in
                    try AlarmHandling().apply(.returnFromParking(.reminderDue), to: &alarm, by: .station, at: date)
                }
            }
            guard let holder = lifecycle.holder, [.taken, .inProgress].contains(lifecycle.state) else { continue }
            let idle = seconds
            if idle >= configuration.deadManRelease {
                _ = try? await store.apply(.deadManRelease, to: alarm.id, by: .station, at: date, note: "\(holder.name) inactive \(Int(idle)) s")
            } else if idle >= configuration.deadManWarning {
                if !warned.contains(alarm.id) {
                    try await store.appendLogbook(
                        LogbookDraft(
                            about: alarm, kind: .alarmDeadManWarning, author: .system,
                            summary: "\(alarm.title): \(holder.name) has done nothing for \(Int(idle)) s (dead-man check)",
                            details: DeadManWarning(holder: holder.name, idleSeconds: Int(idle))))
                }
                stillWarned.insert(alarm.id)
            }
        }
        return stillWarned
    }
}

/// The facts of a dead-man warning: who holds the alarm, idle for how long.
private struct DeadManWarning: Encodable {
    var holder: String
    var idleSeconds: Int
}
