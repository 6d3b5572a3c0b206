import VigieCore

/// Which drafts of a batch are retransmissions, with the SQLite store's rule: a draft is a duplicate of the
/// newest signal stored under its key no earlier than ``SignalDeduplication/window`` before it, whether stored
/// by an earlier batch (on any node) or earlier in this one.
struct DedupePlan {
    private enum Original {
        case stored(id: Int64)
        /// The draft at this index of the batch, stored by this batch.
        case batch(index: Int)
    }

    private let drafts: [SignalDraft]
    private let windowMilliseconds = Int64(SignalDeduplication.window * 1000)
    /// Signals already stored under the batch's keys, by key: id and reception time.
    private var earlier: [String: [(id: Int64, receivedAt: Int64)]] = [:]
    private var originals: [Int: Original] = [:]

    init(_ drafts: [SignalDraft]) {
        self.drafts = drafts
    }

    var keys: [String] { Array(Set(drafts.compactMap(\.dedupeKey))) }

    /// The start of the oldest window in the batch: older signals cannot be originals.
    var earliestWindowStart: Int64 {
        (drafts.map(\.receivedAt.millisecondsSince1970).min() ?? 0) - windowMilliseconds
    }

    mutating func stored(key: String, id: Int64, receivedAt: Int64) {
        earlier[key, default: []].append((id, receivedAt))
    }

    /// Decides each draft in order.
    /// - Returns: the indexes of the drafts to store.
    mutating func decide() -> [Int] {
        var fresh: [Int] = []
        var inBatch: [String: [(index: Int, receivedAt: Int64)]] = [:]
        for (index, draft) in drafts.enumerated() {
            let receivedAt = draft.receivedAt.millisecondsSince1970
            guard let key = draft.dedupeKey else {
                fresh.append(index)
                continue
            }
            let since = receivedAt - windowMilliseconds
            // Signals of this batch get ids above every stored one, so the newest match is taken from the batch first.
            if let original = inBatch[key]?.last(where: { $0.receivedAt >= since }) {
                originals[index] = .batch(index: original.index)
            } else if let original = earlier[key]?.filter({ $0.receivedAt >= since }).max(by: { $0.id < $1.id }) {
                originals[index] = .stored(id: original.id)
            } else {
                fresh.append(index)
                inBatch[key, default: []].append((index, receivedAt))
            }
        }
        return fresh
    }

    /// One outcome per draft, given the ids the stored drafts received (in the order ``decide()`` returned them).
    func outcomes(ids: [Int64]) -> [IngestOutcome] {
        var idOfIndex: [Int: Int64] = [:]
        var next = ids.makeIterator()
        for index in drafts.indices where originals[index] == nil { idOfIndex[index] = next.next() }
        return drafts.indices.map { index in
            switch originals[index] {
            case nil: .stored(id: idOfIndex[index] ?? 0)
            case .stored(let id): .duplicate(of: id)
            case .batch(let original): .duplicate(of: idOfIndex[original] ?? 0)
            }
        }
    }
}
