/// A budget that refills at a steady rate up to a ceiling: up to `capacity` events at once, then `refillPerSecond`.
///
/// Time is the station's monotonic clock, passed in, so that a step of the system clock neither empties nor
/// refills a budget, and tests need no waiting.
public struct TokenBucket: Sendable, Equatable {
    /// The most tokens held: the burst allowed after a quiet time.
    public var capacity: Double
    /// Tokens added per second of monotonic time.
    public var refillPerSecond: Double
    /// Tokens left as of `updatedAt`.
    public private(set) var tokens: Double
    public private(set) var updatedAt: MonotonicInstant

    /// A full bucket.
    public init(capacity: Double, refillPerSecond: Double, at now: MonotonicInstant) {
        self.capacity = capacity
        self.refillPerSecond = refillPerSecond
        tokens = capacity
        updatedAt = now
    }

    /// Adds the tokens earned since the last update (time going backwards earns nothing).
    public mutating func refill(at now: MonotonicInstant) {
        guard now > updatedAt else { return }
        tokens = min(capacity, tokens + (now - updatedAt).timeInterval * refillPerSecond)
        updatedAt = now
    }

    /// Whether at least one whole token is left, after refilling.
    public mutating func hasToken(at now: MonotonicInstant) -> Bool {
        refill(at: now)
        return tokens >= 1
    }

    /// Spends one token, if one is left; returns whether it was.
    @discardableResult
    public mutating func take(at now: MonotonicInstant) -> Bool {
        guard hasToken(at: now) else { return false }
        tokens -= 1
        return true
    }

    /// Whether the bucket is back to its ceiling (after refilling): it then remembers nothing worth keeping.
    public mutating func isFull(at now: MonotonicInstant) -> Bool {
        refill(at: now)
        return tokens >= capacity
    }
}
