import Foundation
import Testing
import VigieCore

@testable import VigieWeb

/// The session rule on its own: what joins the monotonic clock from the stored times, and when.
@Suite struct SessionActivityTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let origin = MonotonicInstant(sinceOrigin: .seconds(7_000))
    let policy = SessionPolicy(maximumAge: 3600, idleTimeout: 600)

    func time(_ seconds: TimeInterval, wallStep: TimeInterval = 0) -> StationInstant {
        StationInstant(wall: start.addingTimeInterval(seconds + wallStep), monotonic: origin + .seconds(seconds))
    }

    func session(lastSeen: TimeInterval) -> UserSession {
        UserSession(
            idHash: "h", userID: UUID(), csrfToken: "t", createdAt: start, lastSeenAt: start.addingTimeInterval(lastSeen),
            expiresAt: start.addingTimeInterval(3600))
    }

    @Test func aSessionFirstSeenAfterARestartTakesItsAgeFromTheStoredTimes() {
        let (decision, seen) = SessionActivity.decide(nil, session: session(lastSeen: 100), now: time(650), policy: policy)
        #expect(decision == .active(touch: true))
        #expect(seen?.created == origin)
        #expect(SessionActivity.decide(nil, session: session(lastSeen: 0), now: time(600), policy: policy).0 == .expired)
    }

    @Test func anotherNodesTouchKeepsTheSessionAlive() {
        let (_, seen) = SessionActivity.decide(nil, session: session(lastSeen: 0), now: time(0), policy: policy)
        // Served by another node at 500 s; this node sees it next at 900 s.
        let (decision, next) = SessionActivity.decide(seen, session: session(lastSeen: 500), now: time(900), policy: policy)
        #expect(decision == .active(touch: true))
        #expect(next?.lastSeen == origin + .seconds(900))
    }

    @Test func anotherNodesTouchInTheFutureCountsAsNow() {
        let (_, seen) = SessionActivity.decide(nil, session: session(lastSeen: 0), now: time(0), policy: policy)
        // The other node touched it at 500 s; this node's wall clock has since gone 500 s back.
        let (decision, next) = SessionActivity.decide(
            seen, session: session(lastSeen: 500), now: time(900, wallStep: -500), policy: policy)
        #expect(decision == .active(touch: false), "no need to write what is newer than this node's wall clock")
        #expect(next?.lastSeen == origin + .seconds(900))
    }
}
