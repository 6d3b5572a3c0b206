/// A binary min-heap of link deadlines, stored as one flat array of 16-byte entries.
///
/// One million supervised transmitters must fit well under 2 GiB and be checked without a scan: the
/// earliest deadline is always at index 0, and pushing or popping costs O(log n) with no allocation
/// per entry (no class instances, no `UUID` keys: a slot number stands for the transmitter).
struct DeadlineHeap: Sendable {
    /// One scheduled check: `slot`'s link is due at `deadline` unless its ``LinkSupervisor`` generation moved on.
    struct Entry: Sendable, Hashable {
        /// Milliseconds since 1970.
        var deadline: Int64
        var slot: Int32
        /// The slot's generation when scheduled; an older one marks the entry as stale (lazy deletion).
        var generation: UInt32
    }

    private(set) var entries: [Entry] = []

    var count: Int { entries.count }
    var first: Entry? { entries.first }

    mutating func reserveCapacity(_ capacity: Int) {
        entries.reserveCapacity(capacity)
    }

    mutating func push(_ entry: Entry) {
        entries.append(entry)
        siftUp(from: entries.count - 1)
    }

    /// Removes and returns the earliest entry.
    mutating func popFirst() -> Entry? {
        guard let first = entries.first else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            siftDown(from: 0)
        }
        return first
    }

    /// Replaces the earliest entry, in one sift instead of a pop and a push.
    mutating func replaceFirst(with entry: Entry) {
        entries[0] = entry
        siftDown(from: 0)
    }

    /// Keeps only the entries `isLive` accepts and restores heap order in O(n), dropping stale entries in bulk.
    mutating func rebuild(keeping isLive: (Entry) -> Bool) {
        entries.removeAll(where: { !isLive($0) })
        var index = entries.count / 2
        while index > 0 {
            index -= 1
            siftDown(from: index)
        }
    }

    private mutating func siftUp(from start: Int) {
        var child = start
        let entry = entries[child]
        while child > 0 {
            let parent = (child - 1) / 2
            guard entry.deadline < entries[parent].deadline else { break }
            entries[child] = entries[parent]
            child = parent
        }
        entries[child] = entry
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        let entry = entries[parent]
        let count = entries.count
        while true {
            var child = 2 * parent + 1
            guard child < count else { break }
            if child + 1 < count, entries[child + 1].deadline < entries[child].deadline { child += 1 }
            guard entries[child].deadline < entry.deadline else { break }
            entries[parent] = entries[child]
            parent = child
        }
        entries[parent] = entry
    }
}
