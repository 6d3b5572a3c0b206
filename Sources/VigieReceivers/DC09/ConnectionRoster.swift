import NIOCore
import Synchronization

/// The receiver's open channels and when each last carried a frame, so that a stopping receiver can ask every
/// one to finish, and a receiver at its connection cap can make room for a newcomer by closing the connection
/// that has been quiet the longest (DESIGN: a new real panel always gets in, an idle socket does not hold its
/// place).
final class ConnectionRoster: Sendable {
    private struct Entry {
        let channel: any Channel
        var lastActivity: ContinuousClock.Instant
        /// A TCP connection that may be closed to make room (not the UDP channel, not one already chosen).
        var sheddable: Bool
    }

    private let entries = Mutex<[ObjectIdentifier: Entry]>([:])

    /// Tracks `channel` until it closes.
    func add(_ channel: any Channel, sheddable: Bool, now: ContinuousClock.Instant = .now) {
        let id = ObjectIdentifier(channel)
        entries.withLock { $0[id] = Entry(channel: channel, lastActivity: now, sheddable: sheddable) }
        channel.closeFuture.whenComplete { _ in self.entries.withLock { _ = $0.removeValue(forKey: id) } }
    }

    /// The connection carried a frame or an answer: it is not idle.
    func noteActivity(on channel: any Channel, now: ContinuousClock.Instant = .now) {
        entries.withLock { $0[ObjectIdentifier(channel)]?.lastActivity = now }
    }

    var all: [any Channel] { entries.withLock { $0.values.map(\.channel) } }

    /// The connection, other than `newcomer`, quiet the longest if for at least `minimumIdle`, taken out of the
    /// candidates so that two newcomers never pick the same one; `nil` when every connection is busy.
    func takeLongestIdle(
        excluding newcomer: any Channel, minimumIdle: Duration, now: ContinuousClock.Instant = .now
    ) -> (any Channel)? {
        let excluded = ObjectIdentifier(newcomer)
        return entries.withLock { entries in
            let candidates = entries.filter { $0.key != excluded && $0.value.sheddable && now - $0.value.lastActivity >= minimumIdle }
            guard let (id, entry) = candidates.min(by: { $0.value.lastActivity < $1.value.lastActivity }) else { return nil }
            entries[id]?.sheddable = false
            return entry.channel
        }
    }
}
