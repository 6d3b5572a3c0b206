import Foundation
import VigieCore

/// The handling clocks the timers watch, placed on the monotonic clock: how long each has run, whatever the
/// wall clock did since it started (DESIGN invariant 9).
///
/// Stores keep each alarm's ``Alarm/handlingClockStart`` in wall-clock time, for the record and for the other
/// nodes. A clock is anchored the first time a pass sees it: at the first pass its age comes from the wall
/// clock (there is no monotonic history yet); afterwards a clock the previous pass did not see started since
/// that pass, which bounds its age, so that a step of the wall clock cannot age it further. Once anchored it
/// runs on the monotonic clock alone. Pure: the passes give the time.
struct HandlingClockAnchors: Sendable {
    private struct Anchor: Sendable {
        var start: Date
        var monotonic: MonotonicInstant
    }

    private var anchors: [UUID: Anchor] = [:]
    /// When the previous pass read every running clock.
    private var previousPass: MonotonicInstant?

    /// Takes in every running clock read by one pass, and tells how long each has run.
    /// - Parameters:
    ///   - clocks: each alarm with a running handling clock and its stored start; alarms absent are forgotten.
    ///   - now: when the pass read them.
    mutating func elapsed(_ clocks: [(alarmID: UUID, start: Date)], now: StationInstant) -> [UUID: Duration] {
        let bound = previousPass.map { now.monotonic - $0 }
        var kept: [UUID: Anchor] = [:]
        kept.reserveCapacity(clocks.count)
        var elapsed: [UUID: Duration] = [:]
        for (alarmID, start) in clocks {
            let anchor =
                anchors[alarmID].flatMap { $0.start == start ? $0 : nil }
                ?? Anchor(start: start, monotonic: now.earlier(start, maximumAge: bound).monotonic)
            kept[alarmID] = anchor
            elapsed[alarmID] = now.monotonic - anchor.monotonic
        }
        anchors = kept
        previousPass = now.monotonic
        return elapsed
    }
}
