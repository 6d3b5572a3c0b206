import Foundation
import Testing

@testable import VigieReceivers

/// What the ingest queue's facts mean for `/healthz` and the watchdog, on the monotonic clock.
@Suite struct IngestProgressTests {
    private let start = ContinuousClock.now
    private let stallAfter = Duration.seconds(10)

    @Test func anIdleQueueIsHealthy() {
        #expect(IngestProgress().condition(at: start + .seconds(3600), stallAfter: stallAfter) == .healthy)
    }

    @Test func signalsWaitingWithNoCommitBecomeAStall() {
        var progress = IngestProgress()
        progress.enqueued(at: start)
        #expect(progress.condition(at: start + .seconds(9), stallAfter: stallAfter) == .healthy)
        #expect(progress.condition(at: start + .seconds(12), stallAfter: stallAfter) == .stalled(for: .seconds(12)))
        // A commit that succeeds moves the clock on, even while more signals wait.
        progress.committed(at: start + .seconds(12), stillWaiting: true)
        #expect(progress.condition(at: start + .seconds(15), stallAfter: stallAfter) == .healthy)
        progress.committed(at: start + .seconds(16), stillWaiting: false)
        #expect(progress.condition(at: start + .seconds(100), stallAfter: stallAfter) == .healthy)
    }

    @Test func aFailedCommitIsReportedUntilOneSucceedsAndThenRecordedOnce() {
        var progress = IngestProgress()
        let date = Date(timeIntervalSince1970: 1_795_000_000)
        progress.enqueued(at: start)
        progress.failed(at: start + .seconds(1), date: date, reason: "database or disk is full", stillWaiting: false)
        progress.enqueued(at: start + .seconds(2))
        progress.failed(at: start + .seconds(3), date: date.addingTimeInterval(2), reason: "database or disk is full", stillWaiting: false)
        #expect(progress.condition(at: start + .seconds(4), stallAfter: stallAfter) == .failing(reason: "database or disk is full", for: .seconds(1)))
        #expect(progress.outages.isEmpty, "an outage is recorded once it has ended")
        progress.enqueued(at: start + .seconds(8))
        progress.committed(at: start + .seconds(9), stillWaiting: false)
        #expect(progress.condition(at: start + .seconds(10), stallAfter: stallAfter) == .healthy)
        #expect(progress.takeOutages() == [IngestOutage(startedAt: date, duration: .seconds(8), reason: "database or disk is full")])
        #expect(progress.takeOutages().isEmpty)
    }

    @Test func theProblemSaysWhatAPersonOnCallNeeds() {
        #expect(IngestCondition.healthy.problem == nil)
        #expect(IngestCondition.failing(reason: "disk full", for: .seconds(2)).problem == "signals cannot be stored: disk full")
        #expect(IngestCondition.stalled(for: .seconds(12)).problem == "no signal committed for 12 s while signals wait")
    }
}
