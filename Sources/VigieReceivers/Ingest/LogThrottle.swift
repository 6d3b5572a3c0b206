import Synchronization

/// Says whether a recurring warning may be logged now: at most once per period, so that a flood of refusals
/// leaves a readable log (the metrics count every one).
final class LogThrottle: Sendable {
    private let period: Duration
    private let last = Mutex<ContinuousClock.Instant?>(nil)

    init(period: Duration) {
        self.period = period
    }

    /// `true` at most once per period; the caller logs then.
    func allows(now: ContinuousClock.Instant = .now) -> Bool {
        last.withLock { last in
            if let last, now - last < period { return false }
            last = now
            return true
        }
    }
}
