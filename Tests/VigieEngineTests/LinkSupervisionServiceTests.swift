import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import Testing
import VigieCore
import VigieEngine
import VigieReceivers
import VigieStoreSQLite
import VigieTestSupport

/// The service end to end over a real SQLite store and a real ingest queue, with the clock and the sleeps
/// in the test's hands: each ``SupervisionHarness/check(after:)`` moves the clock and lets the service do
/// exactly one check, so nothing here depends on how fast the machine is.
@Suite struct LinkSupervisionServiceTests {
    @Test func storesLinkLostOnTimeThenLinkRestored() async throws {
        try await SupervisionHarness.run { harness in
            let panel = harness.transmitters[0]
            try await harness.check(after: 98)
            #expect(try await harness.linkSignals(panel).isEmpty)

            try await harness.check(after: 1)
            let lost = try await harness.linkSignals(panel)
            #expect(lost.map(\.events.first?.code) == ["LINK-LOST"])
            let signal = try #require(lost.first)
            #expect(signal.transport == .station)
            #expect(signal.receiver == "supervision")
            #expect(signal.siteID == harness.siteID)
            #expect(signal.account == panel.account)
            #expect(signal.receivedAt == harness.start.addingTimeInterval(99))
            #expect(signal.events.first?.qualifier == .alarm)
            #expect(signal.events.first?.category == .supervision)
            #expect(signal.events.first?.description == "Link lost: no test or poll within the supervision interval (DP4 90 s)")
            #expect(
                signal.events.first?.frenchDescription == "Perte de liaison : aucun test ni interrogation dans l'intervalle de supervision (DP4 90 s)"
            )
            #expect(harness.service.status(of: panel.id) == .lost(since: harness.start.addingTimeInterval(99)))

            try await harness.check(after: 30)
            #expect(try await harness.linkSignals(panel).count == 1, "its own LINK-LOST is not traffic")

            try await harness.poll(panel)
            try await harness.check(after: 1)
            let signals = try await harness.linkSignals(panel)
            #expect(signals.map(\.events.first?.code) == ["LINK-RESTORED", "LINK-LOST"])
            #expect(signals.first?.events.first?.qualifier == .restore)
            #expect(signals.first?.transmitterID == panel.id)
        }
    }

    @Test func trafficOfAnyKindKeepsTheLinkUp() async throws {
        try await SupervisionHarness.run { harness in
            let panel = harness.transmitters[0]
            for _ in 0..<5 {
                try await harness.check(after: 60)
                try await harness.poll(panel, token: "SIA-DCS")
            }
            try await harness.check(after: 60)
            #expect(try await harness.linkSignals(panel).isEmpty)
        }
    }

    @Test func signalsThatFailedToDecodeAreNotTraffic() async throws {
        try await SupervisionHarness.run { harness in
            let panel = harness.transmitters[0]
            try await harness.check(after: 60)
            _ = try await harness.ingest.submit(harness.draft(for: panel, error: "badCRC"))
            try await harness.check(after: 39)
            #expect(try await harness.linkSignals(panel).map(\.events.first?.code) == ["LINK-LOST"])
        }
    }

    @Test func supervisionStartsFromTheLastContactAfterARestart() async throws {
        try await SupervisionHarness.run(
            startupAllowance: .zero,
            before: { harness in
                let heard = harness.draft(for: harness.transmitters[0], at: harness.start.addingTimeInterval(-60))
                _ = try await harness.store.ingest([heard])
            }
        ) { harness in
            let (heard, neverHeard) = (harness.transmitters[0], harness.transmitters[1])
            #expect(harness.service.status(of: heard.id) == .up(deadline: harness.start.addingTimeInterval(39)))
            #expect(harness.service.status(of: neverHeard.id) == .up(deadline: harness.start.addingTimeInterval(99)))
            try await harness.check(after: 39)
            #expect(try await harness.linkSignals(heard).count == 1)
            #expect(try await harness.linkSignals(neverHeard).isEmpty)
        }
    }

    @Test func restartGivesEachLinkOneIntervalToBeHeard() async throws {
        try await SupervisionHarness.run(
            before: { harness in
                let longAgo = harness.draft(for: harness.transmitters[0], at: harness.start.addingTimeInterval(-3600))
                _ = try await harness.store.ingest([longAgo])
            }
        ) { harness in
            #expect(harness.service.status(of: harness.transmitters[0].id) == .up(deadline: harness.start.addingTimeInterval(99)))
        }
    }

    /// A fault probe declared 20 of 20 links lost when the system clock jumped 120 s ahead.
    @Test func aWallClockStepForwardDeclaresNoLinkLost() async throws {
        try await SupervisionHarness.run { harness in
            try await harness.check(after: 60)
            harness.clock.stepWall(by: 120)
            try await harness.check(after: 0)
            try await harness.check(after: 38)
            for panel in harness.transmitters { #expect(try await harness.linkSignals(panel).isEmpty) }
            try await harness.check(after: 1)
            for panel in harness.transmitters {
                #expect(try await harness.linkSignals(panel).map(\.events.first?.code) == ["LINK-LOST"], "still lost on time")
                #expect(
                    harness.service.status(of: panel.id) == .lost(since: harness.start.addingTimeInterval(99)),
                    "as the record told it at the last contact")
            }
        }
    }

    /// The same probe saw a real LINK-LOST 116 s late when the system clock went 120 s back.
    @Test func aWallClockStepBackDoesNotDelayARealLoss() async throws {
        try await SupervisionHarness.run { harness in
            let (polling, silent) = (harness.transmitters[0], harness.transmitters[1])
            try await harness.check(after: 10)
            harness.clock.stepWall(by: -120)
            try await harness.poll(polling)
            try await harness.check(after: 88)
            #expect(try await harness.linkSignals(silent).isEmpty)
            try await harness.check(after: 1)
            let lost = try await harness.linkSignals(silent)
            #expect(lost.map(\.events.first?.code) == ["LINK-LOST"])
            #expect(lost.first?.receivedAt == harness.start.addingTimeInterval(99 - 120), "stored at the wall clock's time")
            #expect(try await harness.linkSignals(polling).isEmpty)
            try await harness.check(after: 10)
            #expect(try await harness.linkSignals(polling).map(\.events.first?.code) == ["LINK-LOST"], "99 s after its poll")
        }
    }

    @Test func configurationChangesAreAppliedAtTheNextCheck() async throws {
        try await SupervisionHarness.run { harness in
            let (changed, removed) = (harness.transmitters[0], harness.transmitters[1])
            let sp4 = try #require(SupervisionProfile.presets.first { $0.name == "SP4" })
            var slower = changed
            slower.supervisionProfileID = sp4.id
            _ = try await harness.store.update(slower, expectedVersion: nil, by: .system)
            try await harness.store.delete(Transmitter.self, id: removed.id, by: .system)
            let added = try await harness.store.create(
                Transmitter(siteID: harness.siteID, account: "7C03", supervisionProfileID: harness.dp4.id), by: .system
            ).entity
            harness.service.configurationChanged()
            try await harness.check(after: 10)
            #expect(harness.service.status(of: changed.id) == .up(deadline: harness.start.addingTimeInterval(180 + 18)))
            #expect(harness.service.status(of: removed.id) == nil)
            #expect(harness.service.status(of: added.id) == .up(deadline: harness.start.addingTimeInterval(10 + 99)))

            try await harness.check(after: 100)
            #expect(try await harness.linkSignals(changed).isEmpty)
            #expect(try await harness.linkSignals(removed).isEmpty)
            #expect(try await harness.linkSignals(added).map(\.events.first?.code) == ["LINK-LOST"])
        }
    }
}

/// A station with one site and two DP4 transmitters, an ingest queue and the supervision service.
private struct SupervisionHarness {
    let store: SQLiteStore
    let clock: TestClock
    let sleeper: ManualSleeper
    let ingest: IngestQueue
    let service: LinkSupervisionService
    let siteID: UUID
    let dp4: SupervisionProfile
    let transmitters: [Transmitter]
    let start: Date

    static func run(
        startupAllowance: Duration = .seconds(120), before: (SupervisionHarness) async throws -> Void = { _ in },
        _ body: (SupervisionHarness) async throws -> Void
    ) async throws {
        let clock = TestClock()
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-supervision").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let customer = try await store.create(Samples.customer(), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id), by: .system).entity
        for preset in SupervisionProfile.presets { _ = try await store.create(preset, by: .system) }
        let dp4 = try #require(SupervisionProfile.presets.first { $0.name == "DP4" })
        var transmitters: [Transmitter] = []
        for account in ["4F21", "9A01"] {
            var transmitter = Samples.transmitter(siteID: site.id, account: account)
            transmitter.supervisionProfileID = dp4.id
            transmitters.append(try await store.create(transmitter, by: .system).entity)
        }
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let sleeper = ManualSleeper()
        let ingest = IngestQueue(store: store, logger: logger)
        let service = LinkSupervisionService(
            store: store, submit: { _ = try await ingest.submit($0) }, clock: clock.station, sleep: sleeper.sleep, settling: .zero,
            startupAllowance: startupAllowance,
            logger: logger)
        ingest.onStored { [weak service] batch in service?.stored(batch) }
        let harness = SupervisionHarness(
            store: store, clock: clock, sleeper: sleeper, ingest: ingest, service: service, siteID: site.id, dp4: dp4,
            transmitters: transmitters, start: clock.now)
        try await before(harness)
        try await withRunningServices([ingest, service], logger: logger) {
            try await sleeper.waitForSleeps(1)
            try await body(harness)
        }
    }

    /// Moves the clock, then lets the service make one check and store what it found.
    func check(after seconds: TimeInterval) async throws {
        clock.advance(by: seconds)
        try await sleeper.releaseAndWait()
    }

    /// Stores a signal from `transmitter` now, and waits until the service has counted it.
    func poll(_ transmitter: Transmitter, token: String = "NULL") async throws {
        _ = try await ingest.submit(draft(for: transmitter, token: token))
        let deadline = clock.now.addingTimeInterval(99)
        try await eventually { service.status(of: transmitter.id) == .up(deadline: deadline) }
    }

    func draft(for transmitter: Transmitter, at time: Date? = nil, token: String = "NULL", error: String? = nil) -> SignalDraft {
        SignalDraft(
            receivedAt: time ?? clock.now, receiver: "dc09", transport: .tcp, peer: "127.0.0.1:50000",
            raw: "\"\(token)\"0001L1#\(transmitter.account)[]",
            token: token, account: transmitter.account, error: error, transmitterID: transmitter.id, siteID: transmitter.siteID)
    }

    /// The station's link signals about `transmitter`, newest first.
    func linkSignals(_ transmitter: Transmitter) async throws -> [SignalDraft] {
        try await store.signals(query: SignalQuery(transmitterID: transmitter.id)).items.map(\.signal).filter { $0.receiver == "supervision" }
    }
}

/// Waits (without timing anything) until `condition` holds; fails after a generous number of tries.
private func eventually(_ condition: () -> Bool, sourceLocation: SourceLocation = #_sourceLocation) async throws {
    for _ in 0..<5000 where !condition() {
        try await Task.sleep(for: .milliseconds(2))
    }
    #expect(condition(), "condition never held", sourceLocation: sourceLocation)
}

/// The service's sleep, released by the test: each release lets the service make exactly one more check.
private final class ManualSleeper: Sendable {
    private struct State {
        var parked: CheckedContinuation<Void, any Error>?
        var sleeps = 0
        var cancelled = false
    }

    private let state = Mutex(State())

    var sleep: LinkSupervisionService.Sleep { { [self] _ in try await self.park() } }

    private func park() async throws {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let cancelled = state.withLock { state in
                    state.sleeps += 1
                    if !state.cancelled { state.parked = continuation }
                    return state.cancelled
                }
                if cancelled { continuation.resume(throwing: CancellationError()) }
            }
        } onCancel: {
            let parked = state.withLock { state in
                state.cancelled = true
                defer { state.parked = nil }
                return state.parked
            }
            parked?.resume(throwing: CancellationError())
        }
    }

    /// Waits until the service has gone to sleep `count` times in all.
    func waitForSleeps(_ count: Int) async throws {
        try await eventually { state.withLock { $0.sleeps >= count && $0.parked != nil } }
    }

    /// Wakes the sleeping service and waits until it sleeps again, its check done.
    func releaseAndWait() async throws {
        let (parked, sleeps) = state.withLock { state in
            defer { state.parked = nil }
            return (state.parked, state.sleeps)
        }
        #expect(parked != nil, "the service was not sleeping")
        parked?.resume()
        try await waitForSleeps(sleeps + 1)
    }
}
