import DequeModule
import Foundation
import Synchronization
import VigieCore

/// The dedupe keys of the signals stored within ``SignalDeduplication/window``, in memory, for the SQLite store.
///
/// An index on the random-looking keys cost a quarter of the ingest throughput (every commit rewrote index pages
/// all over its B-tree); a dictionary costs nothing of the kind. It holds committed signals only — keys are added
/// after their transaction commits — so a frame is never taken for the retransmission of one that was not
/// stored. It is rebuilt from the signal history when the store opens. Past ``capacity`` keys the oldest leave
/// early: a retransmission older than the million newest signals would be stored a second time, never lost.
///
/// The window is measured on the monotonic clock (DESIGN invariant 9): each key is placed on it when added, from
/// its wall-clock `receivedAt` (exact for a signal just committed, derived once for the history read at opening),
/// so a step of the wall clock neither lets a retransmission through nor takes a new signal for an old one.
final class DedupeWindow: Sendable {
    struct Entry: Sendable {
        var key: String
        var signalID: Int64
        /// Wall-clock milliseconds since 1970, as stored.
        var receivedAt: Int64
    }

    /// An entry and its receipt on the monotonic clock.
    private struct Placed {
        var entry: Entry
        var received: MonotonicInstant
    }

    private struct State {
        var latest: [String: Placed] = [:]
        var order: Deque<Placed> = []
    }

    let windowMilliseconds: Int64
    let capacity: Int
    private let clock: StationClock
    private let state = Mutex(State())

    /// - Parameter clock: the station clock; tests pass a controllable one.
    init(windowMilliseconds: Int64, capacity: Int = 1_000_000, clock: StationClock = .system) {
        self.windowMilliseconds = windowMilliseconds
        self.capacity = capacity
        self.clock = clock
    }

    /// The signal stored with `key` within the window before `receivedAt`, if any.
    func original(of key: String, receivedAt: Int64) -> Int64? {
        let received = monotonic(receivedAt, now: clock.now())
        return state.withLock { state in
            guard let placed = state.latest[key], placed.received >= received - .milliseconds(windowMilliseconds) else { return nil }
            return placed.entry.signalID
        }
    }

    /// Adds committed signals (in storage order), and forgets what left the window or exceeds the capacity.
    func add(_ entries: [Entry]) {
        guard !entries.isEmpty else { return }
        let now = clock.now()
        let placed = entries.map { Placed(entry: $0, received: monotonic($0.receivedAt, now: now)) }
        state.withLock { state in
            for entry in placed {
                state.latest[entry.entry.key] = entry
                state.order.append(entry)
            }
            let horizon = placed[placed.count - 1].received - .milliseconds(windowMilliseconds)
            while let oldest = state.order.first, oldest.received < horizon || state.order.count > capacity {
                state.order.removeFirst()
                // The key may have been stored again since; only its newest entry is kept.
                if state.latest[oldest.entry.key]?.entry.signalID == oldest.entry.signalID { state.latest[oldest.entry.key] = nil }
            }
        }
    }

    var count: Int { state.withLock { $0.latest.count } }

    /// A stored receipt time on the monotonic clock, derived from the wall clock read `now`.
    private func monotonic(_ receivedAt: Int64, now: StationInstant) -> MonotonicInstant {
        now.earlier(Date(millisecondsSince1970: receivedAt)).monotonic
    }
}
