import Testing
import VigieCore

@Suite struct TokenBucketTests {
    let start = MonotonicInstant(sinceOrigin: .seconds(100))

    @Test func allowsABurstThenTheRefillRate() {
        var bucket = TokenBucket(capacity: 3, refillPerSecond: 2, at: start)
        var taken: [Bool] = []
        for _ in 0..<5 { taken.append(bucket.take(at: start)) }
        #expect(taken == [true, true, true, false, false])
        let early = bucket.take(at: start + .milliseconds(400))  // 0.8 token earned
        let onTime = bucket.take(at: start + .milliseconds(500))  // one whole token
        let again = bucket.take(at: start + .milliseconds(500))
        #expect([early, onTime, again] == [false, true, false])
    }

    @Test func refillsNoHigherThanItsCapacity() {
        var bucket = TokenBucket(capacity: 3, refillPerSecond: 2, at: start)
        bucket.take(at: start)
        let full = bucket.isFull(at: start + .seconds(3600))
        #expect(full)
        #expect(bucket.tokens == 3)
    }

    @Test func earnsNothingWhenTimeGoesBackwards() {
        var bucket = TokenBucket(capacity: 1, refillPerSecond: 10, at: start)
        bucket.take(at: start)
        let earned = bucket.hasToken(at: start - .seconds(5))
        #expect(!earned)
        #expect(bucket.updatedAt == start)
    }
}
