import Testing
import VigieCore

@testable import VigieReceivers

/// The sample of refused frames the receiver stores, per source and minute and over all sources (issue 14).
@Suite struct RefusedFrameSamplerTests {
    let start = MonotonicInstant(sinceOrigin: .seconds(6000))
    let limits = RefusedFrameSampler<String>.Limits(perSourcePerMinute: 3, totalPerMinute: 5, maximumSources: 3)

    private func stored(_ sampler: inout RefusedFrameSampler<String>, from source: String, count: Int, at now: MonotonicInstant) -> Int {
        (0..<count).filter { _ in sampler.stores(from: source, at: now) }.count
    }

    @Test func aSourceGetsItsSampleEachMinuteAndTheRestIsCounted() {
        var sampler = RefusedFrameSampler(limits: limits)
        #expect(stored(&sampler, from: "garbage", count: 100, at: start) == 3)
        #expect(sampler.notStored == 97)
        #expect(stored(&sampler, from: "garbage", count: 10, at: start + .seconds(59)) == 0)
        #expect(stored(&sampler, from: "garbage", count: 10, at: start + .seconds(60)) == 3)
        #expect(sampler.notStored == 114)
    }

    @Test func allSourcesTogetherAreBoundedAndAnotherSourceStillGetsInUntilThen() {
        var sampler = RefusedFrameSampler(limits: limits)
        #expect(stored(&sampler, from: "a", count: 10, at: start) == 3)
        #expect(stored(&sampler, from: "b", count: 10, at: start) == 2)
        #expect(stored(&sampler, from: "c", count: 10, at: start) == 0)
    }

    @Test func forgedSourcesBeyondTheTableAreNotSampledUntilTheNextMinute() {
        var sampler = RefusedFrameSampler<String>(limits: .init(perSourcePerMinute: 1, totalPerMinute: 100, maximumSources: 3))
        let sources = (0..<10).map { "forged-\($0)" }
        #expect(sources.filter { sampler.stores(from: $0, at: start) }.count == 3)
        let nextMinute = sampler.stores(from: "forged-9", at: start + .seconds(60))
        #expect(nextMinute)
    }
}
