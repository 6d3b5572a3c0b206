import Foundation

/// The station's two clocks, injected together so that a test can step the wall clock independently of the
/// monotonic one, as an operator, NTP or a resumed virtual machine steps the system clock.
///
/// Deadlines (link supervision, handling timers, sessions) run on ``monotonic``; ``wall`` is for display and
/// the record (DESIGN invariants 6 and 9).
public struct StationClock: Sendable {
    public var wall: @Sendable () -> Date
    public var monotonic: @Sendable () -> MonotonicInstant

    public init(wall: @escaping @Sendable () -> Date, monotonic: @escaping @Sendable () -> MonotonicInstant) {
        self.wall = wall
        self.monotonic = monotonic
    }

    /// The system's clocks: `Date()` and `ContinuousClock`.
    public static let system = StationClock(wall: Date.init, monotonic: MonotonicInstant.now)

    /// Both clocks read now.
    public func now() -> StationInstant {
        StationInstant(wall: wall(), monotonic: monotonic())
    }
}
