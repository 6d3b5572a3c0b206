/// A reading of the station's monotonic clock: time elapsed since an arbitrary origin fixed for the process.
///
/// Unlike `Date`, it never steps when the system clock is set (by an operator, NTP or a virtual machine's
/// resume), so deadlines measured on it keep their length (DESIGN invariant 9). It means nothing outside the
/// process: never store it, never compare instants of two processes.
public struct MonotonicInstant: Sendable, Hashable, Comparable {
    /// Elapsed since the clock's origin.
    public var sinceOrigin: Duration

    public init(sinceOrigin: Duration) {
        self.sinceOrigin = sinceOrigin
    }

    /// The system's monotonic clock now (`ContinuousClock`, which also counts time the machine was suspended:
    /// a panel silent while the station slept really was silent).
    public static func now() -> MonotonicInstant {
        MonotonicInstant(sinceOrigin: ContinuousClock.now - origin)
    }

    private static let origin = ContinuousClock.now

    public static func < (lhs: MonotonicInstant, rhs: MonotonicInstant) -> Bool {
        lhs.sinceOrigin < rhs.sinceOrigin
    }

    public static func + (instant: MonotonicInstant, duration: Duration) -> MonotonicInstant {
        MonotonicInstant(sinceOrigin: instant.sinceOrigin + duration)
    }

    public static func - (instant: MonotonicInstant, duration: Duration) -> MonotonicInstant {
        MonotonicInstant(sinceOrigin: instant.sinceOrigin - duration)
    }

    /// The time elapsed from `earlier` to `later`.
    public static func - (later: MonotonicInstant, earlier: MonotonicInstant) -> Duration {
        later.sinceOrigin - earlier.sinceOrigin
    }
}
