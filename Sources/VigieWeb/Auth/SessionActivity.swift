import Foundation
import Synchronization
import VigieCore

/// The sessions this process has served, measured on the monotonic clock: idle time and age keep their length
/// when the wall clock is stepped (DESIGN invariant 9).
///
/// Sessions are stored with wall-clock times, for the record and for the other nodes. A session joins the
/// monotonic clock the first time this process serves it: its age and idle time are derived from the stored
/// times once (after a restart, or when another node signed it in), then run monotonic. When another node has
/// touched it since, its newer stored `lastSeenAt` counts, bounded by the time since this process last saw it.
/// So a session stays alive across restarts and nodes; only the first request a process serves reads the wall
/// clock's idea of its age.
final class SessionActivity: Sendable {
    /// One session as this process saw it last.
    struct Seen: Sendable, Hashable {
        var created: MonotonicInstant
        var lastSeen: MonotonicInstant
        /// The stored `lastSeenAt` as last read or written, and when that was on the monotonic clock.
        var storedLastSeenAt: Date
        var stored: MonotonicInstant
    }

    enum Decision: Sendable, Hashable {
        case expired
        /// Live; `touch` when the stored `lastSeenAt` is a minute or more behind and should be written.
        case active(touch: Bool)
    }

    /// Writing on every request would make reads cost a commit; a minute of precision is enough for idling.
    static let touchInterval = Duration.seconds(60)

    private let seen = Mutex<[String: Seen]>([:])

    /// Decides on a request of `session` at `now`, and remembers it as activity when the session is live.
    func admit(_ session: UserSession, now: StationInstant, policy: SessionPolicy) -> Decision {
        seen.withLock { seen in
            if seen[session.idHash] == nil {
                // A new session here: forget those past their maximum age, so memory follows the live sessions.
                seen = seen.filter { now.monotonic - $0.value.created < .seconds(policy.maximumAge) }
            }
            let (decision, next) = Self.decide(seen[session.idHash], session: session, now: now, policy: policy)
            seen[session.idHash] = next
            return decision
        }
    }

    /// Forgets a session closed or expired.
    func forget(_ idHash: String) {
        _ = seen.withLock { $0.removeValue(forKey: idHash) }
    }

    /// The rule, pure: whether `session` has idled or aged out at `now`, and what to remember of it.
    static func decide(_ previous: Seen?, session: UserSession, now: StationInstant, policy: SessionPolicy) -> (Decision, Seen?) {
        var current: Seen
        if let previous {
            current = previous
            if session.lastSeenAt > previous.storedLastSeenAt {
                // Another node served it since this process last saw it.
                let touched = now.earlier(session.lastSeenAt, maximumAge: now.monotonic - previous.lastSeen).monotonic
                current.lastSeen = max(previous.lastSeen, touched)
                current.storedLastSeenAt = session.lastSeenAt
                current.stored = touched
            }
        } else {
            let lastSeen = now.earlier(session.lastSeenAt).monotonic
            current = Seen(
                created: now.earlier(session.createdAt).monotonic, lastSeen: lastSeen, storedLastSeenAt: session.lastSeenAt, stored: lastSeen)
        }
        if now.monotonic - current.created >= .seconds(policy.maximumAge) || now.monotonic - current.lastSeen >= .seconds(policy.idleTimeout) {
            return (.expired, nil)
        }
        current.lastSeen = now.monotonic
        let touch = now.monotonic - current.stored >= touchInterval
        if touch {
            current.storedLastSeenAt = now.wall
            current.stored = now.monotonic
        }
        return (.active(touch: touch), current)
    }
}
