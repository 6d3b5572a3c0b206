import VigieCore

/// Which refused frames the receiver stores: a sample per source address and minute, and a bound over all
/// sources; the others are answered all the same (NAK) and only counted.
///
/// Every refused frame stored whole let a flood of garbage fill the disk (issue 14: 483,418 rows, 364 MB in
/// 25 s from 16 connections). A sample keeps what an installer needs to see why a panel is refused, its
/// address and the reason; the counter (``notStored``, a metric and the receiver's status) says how much more
/// there was.
struct RefusedFrameSampler<Source: Hashable & Sendable>: Sendable {
    struct Limits: Sendable, Equatable {
        /// Refused frames stored per source and minute.
        var perSourcePerMinute = 20
        /// Refused frames stored per minute over all sources (a flood from forged addresses).
        var totalPerMinute = 600
        /// Sources remembered within a minute; beyond, new sources are not sampled until the next minute.
        var maximumSources = 65_536
    }

    let limits: Limits
    private var minute: Int64 = .min
    private var storedBySource: [Source: Int] = [:]
    private var storedThisMinute = 0
    /// Refused frames answered but not stored, since the receiver started.
    private(set) var notStored = 0

    init(limits: Limits = Limits()) { self.limits = limits }

    /// Whether to store a frame refused from `source` now; counts it in ``notStored`` when not.
    mutating func stores(from source: Source, at now: MonotonicInstant) -> Bool {
        let current = now.sinceOrigin.components.seconds / 60
        if current != minute {
            minute = current
            storedBySource.removeAll(keepingCapacity: true)
            storedThisMinute = 0
        }
        let fromSource = storedBySource[source] ?? 0
        guard fromSource < limits.perSourcePerMinute, storedThisMinute < limits.totalPerMinute,
            storedBySource[source] != nil || storedBySource.count < limits.maximumSources
        else {
            notStored += 1
            return false
        }
        storedBySource[source] = fromSource + 1
        storedThisMinute += 1
        return true
    }
}
