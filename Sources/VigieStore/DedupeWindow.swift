import DequeModule
import Synchronization

/// The dedupe keys of the signals stored within ``SignalDeduplication/window``, in memory, for the SQLite store.
///
/// An index on the random-looking keys cost a quarter of the ingest throughput (every commit rewrote index pages
/// all over its B-tree); a dictionary costs nothing of the kind. It holds committed signals only — keys are added
/// after their transaction commits — so a frame is never taken for the retransmission of one that was not
/// stored. It is rebuilt from the signal history when the store opens. Past ``capacity`` keys the oldest leave
/// early: a retransmission older than the million newest signals would be stored a second time, never lost.
final class DedupeWindow: Sendable {
    struct Entry: Sendable {
        var key: String
        var signalID: Int64
        var receivedAt: Int64
    }

    private struct State {
        var latest: [String: Entry] = [:]
        var order: Deque<Entry> = []
    }

    let windowMilliseconds: Int64
    let capacity: Int
    private let state = Mutex(State())

    init(windowMilliseconds: Int64, capacity: Int = 1_000_000) {
        self.windowMilliseconds = windowMilliseconds
        self.capacity = capacity
    }

    /// The signal stored with `key` within the window before `receivedAt`, if any.
    func original(of key: String, receivedAt: Int64) -> Int64? {
        state.withLock { state in
            guard let entry = state.latest[key], entry.receivedAt >= receivedAt - windowMilliseconds else { return nil }
            return entry.signalID
        }
    }

    /// Adds committed signals (in storage order), and forgets what left the window or exceeds the capacity.
    func add(_ entries: [Entry]) {
        guard let newest = entries.last?.receivedAt else { return }
        state.withLock { state in
            for entry in entries {
                state.latest[entry.key] = entry
                state.order.append(entry)
            }
            let horizon = newest - windowMilliseconds
            while let oldest = state.order.first, oldest.receivedAt < horizon || state.order.count > capacity {
                state.order.removeFirst()
                // The key may have been stored again since; only its newest entry is kept.
                if state.latest[oldest.key]?.signalID == oldest.signalID { state.latest[oldest.key] = nil }
            }
        }
    }

    var count: Int { state.withLock { $0.latest.count } }
}
