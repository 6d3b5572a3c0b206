import Testing
import VigieCore

@testable import VigieReceivers

/// The budget of bad frames the UDP receiver keeps per source and over all sources (issues 14 and 25).
@Suite struct BadFrameBudgetTests {
    let start = MonotonicInstant(sinceOrigin: .seconds(1000))
    let limits = BadFrameBudget<String>.Limits(
        perSourceBurst: 3, perSourceRate: 1, totalBurst: 5, totalRate: 1, provenFor: .seconds(60), maximumSources: 4)

    /// Charges `source` for `count` bad frames, each admitted first as the receiver does; returns how many were.
    func flood(_ budget: inout BadFrameBudget<String>, from source: String, count: Int, at now: MonotonicInstant) -> Int {
        var admitted = 0
        for _ in 0..<count where budget.admits(source, at: now, claimsKnownAccount: { false }) {
            admitted += 1
            budget.charge(source, at: now)
        }
        return admitted
    }

    @Test func aSourceThatSpentItsBudgetIsDroppedUntilItRefills() {
        var budget = BadFrameBudget(limits: limits, at: start)
        #expect(flood(&budget, from: "flooder", count: 10, at: start) == 3)
        #expect(flood(&budget, from: "flooder", count: 10, at: start + .milliseconds(999)) == 0)
        #expect(flood(&budget, from: "flooder", count: 10, at: start + .seconds(1)) == 1)
    }

    @Test func anotherSourceKeepsItsOwnBudget() {
        var budget = BadFrameBudget(limits: limits, at: start)
        _ = flood(&budget, from: "flooder", count: 10, at: start)
        #expect(flood(&budget, from: "neighbour", count: 1, at: start) == 1)
    }

    @Test func unprovenSourcesShareOneBudget() {
        var budget = BadFrameBudget(limits: limits, at: start)
        // A flood from a new address every frame: each source has budget left, the total does not.
        let admitted = (0..<10).map { flood(&budget, from: "forged-\($0)", count: 1, at: start) }.reduce(0, +)
        #expect(admitted == 5)
        let admitsNewPanel = budget.admits("new-panel", at: start, claimsKnownAccount: { false })
        #expect(!admitsNewPanel)
    }

    @Test func aFrameClaimingAKnownAccountIsDecodedWhateverOthersSpent() {
        var budget = BadFrameBudget(limits: limits, at: start)
        _ = (0..<10).map { flood(&budget, from: "forged-\($0)", count: 1, at: start) }
        let admitsNewPanel = budget.admits("new-panel", at: start, claimsKnownAccount: { true })
        #expect(admitsNewPanel)
    }

    @Test func aProvenSourceIsNotHeldBackByOthers() {
        var budget = BadFrameBudget(limits: limits, at: start)
        budget.vouch(for: "panel", at: start)
        _ = (0..<10).map { flood(&budget, from: "forged-\($0)", count: 1, at: start) }
        var asked = false
        let admitted = budget.admits(
            "panel", at: start,
            claimsKnownAccount: {
                asked = true
                return false
            })
        #expect(admitted && !asked)
        // Until the proof expires: then it is one more unproven source, held back when others spent the budget.
        let later = start + .seconds(61)
        _ = (10..<20).map { flood(&budget, from: "forged-\($0)", count: 1, at: later) }
        let admittedLater = budget.admits("panel", at: later, claimsKnownAccount: { false })
        #expect(!admittedLater)
    }

    @Test func aProvenSourceStillHasItsOwnBudget() {
        var budget = BadFrameBudget(limits: limits, at: start)
        budget.vouch(for: "panel", at: start)
        #expect(flood(&budget, from: "panel", count: 10, at: start) == 3)
        // Its bad frames did not spend the shared budget.
        #expect(flood(&budget, from: "other", count: 10, at: start) == 3)
    }

    @Test func remembersABoundedNumberOfSources() {
        var budget = BadFrameBudget(limits: BadFrameBudget<String>.Limits(totalBurst: 1_000_000, maximumSources: 4), at: start)
        for index in 0..<100 { _ = flood(&budget, from: "forged-\(index)", count: 1, at: start + .seconds(index)) }
        #expect(budget.rememberedSources <= 4)
    }
}
