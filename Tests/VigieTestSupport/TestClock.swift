import Foundation
import Synchronization
import VigieCore

/// A clock that tests move by hand, so that expiry and deadlines are checked without waiting.
///
/// It keeps the station's two clocks: ``advance(by:)`` lets time pass on both, ``stepWall(by:)`` sets the wall
/// clock alone, as an operator or NTP steps the system clock while monotonic time runs on.
public final class TestClock: Sendable {
    private struct Readings {
        var wall: Date
        var monotonic: MonotonicInstant
    }

    private let current: Mutex<Readings>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        current = Mutex(Readings(wall: start, monotonic: MonotonicInstant(sinceOrigin: .seconds(1_000))))
    }

    public var now: Date { current.withLock { $0.wall } }

    public var monotonicNow: MonotonicInstant { current.withLock { $0.monotonic } }

    /// Lets `interval` seconds pass: both clocks move.
    public func advance(by interval: TimeInterval) {
        current.withLock {
            $0.wall = $0.wall.addingTimeInterval(interval)
            $0.monotonic = $0.monotonic + .seconds(interval)
        }
    }

    /// Steps the wall clock by `interval` seconds (negative: back) while no time passes.
    public func stepWall(by interval: TimeInterval) {
        current.withLock { $0.wall = $0.wall.addingTimeInterval(interval) }
    }

    /// The wall clock as the `now` closure the station's components take.
    public var function: @Sendable () -> Date { { self.now } }

    /// Both clocks, for the components that run deadlines.
    public var station: StationClock { StationClock(wall: { self.now }, monotonic: { self.monotonicNow }) }
}
