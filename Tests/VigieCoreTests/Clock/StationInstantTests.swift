import Foundation
import Testing
import VigieCore

/// How a stored wall-clock time joins the monotonic clock.
@Suite struct StationInstantTests {
    let now = StationInstant(wall: Date(timeIntervalSince1970: 1_795_000_000), monotonic: MonotonicInstant(sinceOrigin: .seconds(500)))

    @Test func anEarlierTimeIsAsOldOnTheMonotonicClockAsTheWallClockSays() {
        let earlier = now.earlier(now.wall.addingTimeInterval(-90))
        #expect(earlier.monotonic == MonotonicInstant(sinceOrigin: .seconds(410)))
        #expect(earlier.wall == now.wall.addingTimeInterval(-90), "the wall time is kept for the record")
    }

    @Test func aTimeInTheFutureCountsAsNow() {
        #expect(now.earlier(now.wall.addingTimeInterval(120)).monotonic == now.monotonic)
    }

    @Test func aKnownBoundCapsTheAge() {
        #expect(now.earlier(now.wall.addingTimeInterval(-120), maximumAge: .seconds(1)).monotonic == MonotonicInstant(sinceOrigin: .seconds(499)))
    }
}
