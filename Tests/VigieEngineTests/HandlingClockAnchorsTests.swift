import Foundation
import Testing
import VigieCore

@testable import VigieEngine

/// How stored handling-clock starts join the monotonic clock, pass after pass.
@Suite struct HandlingClockAnchorsTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let origin = MonotonicInstant(sinceOrigin: .seconds(3_000))
    let first = UUID()
    let second = UUID()
    let third = UUID()

    func time(_ seconds: TimeInterval, wallStep: TimeInterval = 0) -> StationInstant {
        StationInstant(wall: start.addingTimeInterval(seconds + wallStep), monotonic: origin + .seconds(seconds))
    }

    @Test func theFirstPassTakesTheAgeFromTheWallClockThenTheMonotonicClockRuns() {
        var anchors = HandlingClockAnchors()
        #expect(anchors.elapsed([(first, start.addingTimeInterval(-10))], now: time(0)) == [first: .seconds(10)])
        // The wall clock went 120 s ahead: an anchored clock does not care.
        #expect(anchors.elapsed([(first, start.addingTimeInterval(-10))], now: time(5, wallStep: 120)) == [first: .seconds(15)])
    }

    @Test func aClockFirstSeenAfterAStepIsNoOlderThanTheTimeSinceThePreviousPass() {
        var anchors = HandlingClockAnchors()
        _ = anchors.elapsed([], now: time(0))
        // Started at 0.5 s, just before the wall clock went 120 s ahead; seen by the next pass at 1 s.
        let elapsed = anchors.elapsed([(second, start.addingTimeInterval(0.5))], now: time(1, wallStep: 120))
        #expect(elapsed == [second: .seconds(1)])
    }

    @Test func aNewStartReanchorsAndAbsentClocksAreForgotten() {
        var anchors = HandlingClockAnchors()
        _ = anchors.elapsed([(first, start), (third, start)], now: time(0))
        let elapsed = anchors.elapsed([(first, start.addingTimeInterval(20))], now: time(30, wallStep: -120))
        #expect(elapsed == [first: .zero], "activity at 20 s, seen after a step back: no older than now")
        #expect(anchors.elapsed([(third, start)], now: time(31)) == [third: .seconds(1)], "forgotten, so anchored again, bounded by the last pass")
    }
}
