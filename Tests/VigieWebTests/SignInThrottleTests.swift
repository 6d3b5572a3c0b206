import Foundation
import Testing

@testable import VigieWeb

/// Failed sign-ins lock the name from the address that failed, and the address itself, never the account for all.
@Suite struct SignInThrottleTests {
    private let start = Date(timeIntervalSince1970: 1_800_000_000)
    private func throttle() -> SignInThrottle { SignInThrottle(limits: .init(perAccountAndAddress: 3, perAddress: 5, lockDuration: 600)) }

    @Test func aGuesserLocksOnlyItselfOutOfTheAccount() {
        var throttle = throttle()
        for _ in 1...3 { throttle.failed(username: "karim", address: "203.0.113.9", at: start) }
        #expect(throttle.lockedUntil(username: "karim", address: "203.0.113.9", at: start) == start.addingTimeInterval(600))
        // Karim's own console, elsewhere, still signs in.
        #expect(throttle.lockedUntil(username: "karim", address: "10.0.0.12", at: start) == nil)
        #expect(throttle.lockedUntil(username: "karim", address: "203.0.113.9", at: start.addingTimeInterval(601)) == nil)
    }

    @Test func anAddressTryingManyNamesIsLockedForEveryName() {
        var throttle = throttle()
        for name in ["a", "b", "c", "d", "e"] { throttle.failed(username: name, address: "203.0.113.9", at: start) }
        #expect(throttle.lockedUntil(username: "someone-else", address: "203.0.113.9", at: start) != nil)
        #expect(throttle.lockedUntil(username: "someone-else", address: "10.0.0.12", at: start) == nil)
    }

    @Test func successClearsThePairButNotTheAddress() {
        var throttle = throttle()
        for _ in 1...2 { throttle.failed(username: "karim", address: "10.0.0.12", at: start) }
        throttle.succeeded(username: "karim", address: "10.0.0.12")
        for _ in 1...2 { throttle.failed(username: "karim", address: "10.0.0.12", at: start) }
        // Two after the success: the pair is not locked; the address has counted four of its five.
        #expect(throttle.lockedUntil(username: "karim", address: "10.0.0.12", at: start) == nil)
        throttle.failed(username: "other", address: "10.0.0.12", at: start)
        #expect(throttle.lockedUntil(username: "karim", address: "10.0.0.12", at: start) != nil)
    }

    @Test func aLockThatEndedStartsTheCountAgain() {
        var throttle = throttle()
        for _ in 1...3 { throttle.failed(username: "karim", address: "203.0.113.9", at: start) }
        let later = start.addingTimeInterval(700)
        throttle.failed(username: "karim", address: "203.0.113.9", at: later)
        #expect(throttle.lockedUntil(username: "karim", address: "203.0.113.9", at: later) == nil)
    }

    @Test func memoryIsBoundedUnderAFloodOfNames() {
        var throttle = SignInThrottle(limits: .init(perAccountAndAddress: 3, perAddress: 1_000_000, lockDuration: 600, maximumEntries: 100))
        for index in 0..<1000 { throttle.failed(username: "name\(index)", address: "203.0.113.9", at: start) }
        #expect(throttle.lockedUntil(username: "name999", address: "203.0.113.9", at: start) == nil)
        // Still counting: three more failures of one name lock it.
        for _ in 1...3 { throttle.failed(username: "karim", address: "203.0.113.9", at: start) }
        #expect(throttle.lockedUntil(username: "karim", address: "203.0.113.9", at: start) != nil)
    }
}
