import Foundation

/// One moment as the station's two clocks read it: the wall clock for the record and the screens, the
/// monotonic clock for deadlines.
public struct StationInstant: Sendable, Hashable {
    public var wall: Date
    public var monotonic: MonotonicInstant

    public init(wall: Date, monotonic: MonotonicInstant) {
        self.wall = wall
        self.monotonic = monotonic
    }

    /// An earlier wall-clock time, such as one read back from the store, placed on the monotonic clock.
    ///
    /// This is how a deadline that started before the process knew of it (at start-up, or written by another
    /// node) joins the monotonic clock: derived once from the wall clock, then never again. A time later than
    /// this moment (the wall clock was set back since) counts as this moment; an age beyond `maximumAge`, when
    /// something bounds it, counts as `maximumAge`, so that a wall-clock step cannot age it further.
    /// The wall time is kept as given, for the record.
    public func earlier(_ time: Date, maximumAge: Duration? = nil) -> StationInstant {
        var age = Duration.seconds(max(0, wall.timeIntervalSince(time)))
        if let maximumAge { age = min(age, max(.zero, maximumAge)) }
        return StationInstant(wall: time, monotonic: monotonic - age)
    }
}
