import Foundation
import Testing
import VigieCore
import VigieStorePostgres
import VigieTestSupport

/// Two nodes on one PostgreSQL database (two stores on one schema, each with its own connections): the chain
/// never forks, each node's consoles hear of the other's changes, and what must happen once happens once.
@Suite(.enabled(if: TestPostgres.url != nil, "VIGIE_TEST_POSTGRES_URL is not set"))
struct SharedPostgresStoreTests {
    private func twoNodes(_ clock: TestClock = TestClock()) async throws -> (PostgresStore, PostgresStore) {
        let nodes = try await TestPostgres.shared(url: TestPostgres.url ?? "").nodes(2, now: clock.function)
        return (nodes[0], nodes[1])
    }

    @Test func aNodeWhoseClockRunsAheadDoesNotTakeALiveLease() async throws {
        let onTime = TestClock(Date())
        let anHourAhead = TestClock(Date().addingTimeInterval(3600))
        let nodes = try await TestPostgres.shared(url: TestPostgres.url ?? "").nodes(clocks: [onTime.function, anHourAhead.function])
        #expect(try await nodes[0].acquireLease("work", holder: "node-a", duration: 3))
        // Expiry is reckoned on the server's clock: to the node ahead, the lease is still three seconds from expiring.
        #expect(try await !nodes[1].acquireLease("work", holder: "node-b", duration: 3))
        #expect(try await nodes[0].acquireLease("work", holder: "node-a", duration: 3))
    }

    @Test func bothNodesAppendToOneUnbrokenChain() async throws {
        let (first, second) = try await twoNodes()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, node) in [first, second].enumerated() {
                group.addTask {
                    for entry in 0..<40 {
                        try await node.appendLogbook(LogbookDraft(kind: .note, author: .system, summary: "node \(index) entry \(entry)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        let verification = try await second.verifyLogbook()
        #expect(verification.firstBreak == nil)
        #expect(verification.entriesChecked == 80)
    }

    @Test func aCommitOnOneNodeWakesTheOthersConsoles() async throws {
        let (first, second) = try await twoNodes()
        for round in 0..<2 {
            // Subscribed before the write, so only the notification of this write (or a reconnection) can wake it.
            let wakeUps = second.changes.subscribe()
            try await first.appendLogbook(LogbookDraft(kind: .note, author: .system, summary: "round \(round)"))
            #expect(await Self.firstWake(of: wakeUps), "round \(round): the second node was not woken")
        }
    }

    @Test func anAlarmIsTakenByOneOperatorWhenTwoNodesTryAtOnce() async throws {
        let clock = TestClock()
        let (first, second) = try await twoNodes(clock)
        let alarm = Alarm(
            id: UUID(), siteID: nil, opening: AlarmOpening(category: .burglary, priority: 80, title: "Intrusion"), zone: 1, at: clock.now)
        let signal = SignalDraft(receivedAt: clock.now, receiver: "dc09", transport: .tcp, peer: "127.0.0.1:1", raw: "frame", account: "4F21")
        guard case .stored(let signalID) = try await first.ingest([signal]).first else { throw StoreError.notFound(kind: "signal", id: "") }
        try await first.record([SignalProcessing(signalID: signalID, alarms: [alarm], eventAlarms: [], logbook: [])])

        let operators = [(first, "dupont"), (second, "martin")]
        let results = await withTaskGroup(of: Bool.self) { group in
            for (node, name) in operators {
                group.addTask {
                    let actor = AlarmActor(userID: UUID(), name: name, role: .operator)
                    return (try? await node.apply(.take, to: alarm.id, by: actor, at: clock.now, note: nil)) != nil
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { $0 }.count == 1)
        // The engine's batch, recorded again from the other node, is refused.
        await #expect(throws: StoreError.self) {
            try await second.record([SignalProcessing(signalID: signalID, alarms: [alarm], eventAlarms: [], logbook: [])])
        }
    }

    @Test func aRetransmissionReceivedByBothNodesAtOnceIsStoredOnce() async throws {
        let clock = TestClock()
        let (first, second) = try await twoNodes(clock)
        let draft = SignalDraft(
            receivedAt: clock.now, receiver: "dc09", transport: .tcp, peer: "127.0.0.1:1", raw: "frame", account: "4F21", sequence: "0007",
            dedupeKey: "4F21/0007")
        let outcomes = try await withThrowingTaskGroup(of: IngestOutcome?.self) { group in
            for node in [first, second] { group.addTask { try await node.ingest([draft]).first } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let stored = outcomes.compactMap { outcome -> Int64? in if case .stored(let id) = outcome { id } else { nil } }
        #expect(stored.count == 1)
        #expect(outcomes.contains(.duplicate(of: stored.first ?? -1)))
        #expect(try await first.signals(query: SignalQuery()).total == 1)
    }

    /// Whether `wakeUps` yields before a generous limit, which only guards against a hung test.
    private static func firstWake(of wakeUps: AsyncStream<Void>) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                for await _ in wakeUps { return true }
                return false
            }
            group.addTask {
                try? await Task.sleep(for: .seconds(30))
                return false
            }
            let first = await group.next() ?? false
            group.cancelAll()
            return first
        }
    }
}
