import Foundation
import Synchronization
import Testing
import VigieCore
import VigieEngine
import VigieStoreSQLite
import VigieTestSupport

/// The station watching itself: each problem raised once when it starts and restored once when it ends.
@Suite struct StationMonitorTests {
    final class Probe: Sendable {
        let down = Mutex<[String]>([])
        let free = Mutex<Double?>(0.5)
        let commit = Mutex<Duration?>(.milliseconds(3))
        let submitted = Mutex<[SignalDraft]>([])
        let turnedAway = Mutex<[ReceiverAbuse.Counter: Int]>([:])
    }

    private func monitor(_ probe: Probe, store: SQLiteStore, clock: TestClock) -> StationMonitor {
        StationMonitor(
            store: store,
            probes: .init(
                receiversDown: { probe.down.withLock { $0 } },
                diskSpace: { probe.free.withLock { $0 }.map { DiskSpace(freeBytes: Int64($0 * 1e12), totalBytes: 1_000_000_000_000) } },
                lastCommitDuration: { probe.commit.withLock { $0 } }, turnedAway: { probe.turnedAway.withLock { $0 } }),
            now: clock.function
        ) { draft in probe.submitted.withLock { $0.append(draft) } }
    }

    private func codes(_ probe: Probe) -> [String] {
        probe.submitted.withLock { $0.map { "\($0.events[0].code) \($0.events[0].qualifier.rawValue)" } }
    }

    @Test func raisesEachProblemOnceAndRestoresIt() async throws {
        let clock = TestClock()
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-monitor").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let customer = try await store.create(Customer(name: "Vigie — station centrale", kind: .station), by: .system).entity
        let site = try await store.create(Samples.site(customerID: customer.id, name: "Station"), by: .system).entity
        let probe = Probe()
        let monitor = monitor(probe, store: store, clock: clock)
        var health = try await monitor.check(StationHealth())
        #expect(codes(probe).isEmpty)

        probe.down.withLock { $0 = ["dc09"] }
        probe.free.withLock { $0 = 0.02 }
        probe.commit.withLock { $0 = .seconds(2) }
        health = try await monitor.check(health)
        health = try await monitor.check(health)
        #expect(Set(codes(probe)) == ["RECEIVER-DOWN alarm", "DISK-LOW alarm", "SLOW-STORE alarm"])
        #expect(
            probe.submitted.withLock { $0.allSatisfy { $0.transport == .station && $0.siteID == site.id && $0.events[0].category == .technical } })

        probe.down.withLock { $0 = [] }
        probe.free.withLock { $0 = 0.5 }
        probe.commit.withLock { $0 = .milliseconds(2) }
        _ = try await monitor.check(health)
        #expect(codes(probe).filter { $0.hasSuffix("restore") }.count == 3)
    }

    /// One alarm per receiver and kind of abuse while it lasts: garbage, then a flood on top of it, each raised once
    /// and restored when its count stops growing.
    @Test func aReceiverTurningTrafficAwayIsOneAlarmPerKindWhileItLasts() async throws {
        let clock = TestClock()
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-monitor").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let probe = Probe()
        let monitor = monitor(probe, store: store, clock: clock)
        let garbage = ReceiverAbuse.Counter(receiver: "dc09", kind: .garbage)
        let flood = ReceiverAbuse.Counter(receiver: "dc09", kind: .flood)
        // Counts since the receiver started: what came before the first check is not an attack now.
        probe.turnedAway.withLock {
            $0 = [garbage: 500, flood: 0, ReceiverAbuse.Counter(receiver: "dc09-backup", kind: .garbage): 0]
        }
        var health = try await monitor.check(StationHealth())
        #expect(codes(probe).isEmpty)
        for count in [1_500, 90_000, 400_000] {
            probe.turnedAway.withLock { $0[garbage] = count }
            health = try await monitor.check(health)
        }
        #expect(codes(probe) == ["RECEIVER-ABUSE alarm"])
        let raised = try #require(probe.submitted.withLock { $0.first })
        #expect(raised.account == "RECEIVER-ABUSE:dc09:garbage")
        #expect(raised.events[0].description.contains("1000 refused frames not stored"))
        #expect(raised.events[0].frenchDescription?.contains("1000 refusées non enregistrées") == true, "read in French by the operator")
        // The garbage goes on, and a flood starts: a second alarm, of its own.
        probe.turnedAway.withLock {
            $0[garbage] = 500_000
            $0[flood] = 2_000
        }
        health = try await monitor.check(health)
        #expect(codes(probe) == ["RECEIVER-ABUSE alarm", "RECEIVER-ABUSE alarm"])
        #expect(probe.submitted.withLock { $0.last?.account } == "RECEIVER-ABUSE:dc09:flood")
        // No more growth: both restored.
        health = try await monitor.check(health)
        #expect(codes(probe) == ["RECEIVER-ABUSE alarm", "RECEIVER-ABUSE alarm", "RECEIVER-ABUSE restore", "RECEIVER-ABUSE restore"])
    }

    @Test func noticesAWallClockStep() async throws {
        let clock = TestClock()
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-monitor").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        let probe = Probe()
        let monitor = monitor(probe, store: store, clock: clock)
        let health = try await monitor.check(StationHealth())
        clock.advance(by: 60)
        _ = try await monitor.check(health)
        #expect(codes(probe) == ["CLOCK-JUMP alarm"])
    }

    @Test func noticesAlarmsWaitingWithNobodyOnShift() async throws {
        let clock = TestClock()
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-monitor").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        _ = try await store.ingest([SignalDraft(receivedAt: clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "r")])
        let opening = AlarmOpening(category: .fire, priority: 90, title: "Feu")
        try await store.record([
            SignalProcessing(
                signalID: 1, alarms: [Alarm(id: opening.id, siteID: nil, opening: opening, zone: nil, at: clock.now)], eventAlarms: [opening.id],
                logbook: [])
        ])
        let probe = Probe()
        let monitor = monitor(probe, store: store, clock: clock)
        let health = try await monitor.check(StationHealth())
        #expect(codes(probe) == ["NO-OPERATOR alarm"])
        try await store.appendLogbook(
            LogbookDraft(kind: LogbookKind.shiftTakenOver, author: Author(userID: nil, name: "nadia"), summary: "prise de poste"))
        _ = try await monitor.check(health)
        #expect(codes(probe) == ["NO-OPERATOR alarm", "NO-OPERATOR restore"])
    }

    @Test func noticesASilentStation() async throws {
        let clock = TestClock()
        let store = try SQLiteStore(
            path: try makeTemporaryDirectory("vigie-monitor").appendingPathComponent("vigie.sqlite").path, now: clock.function)
        _ = try await store.ingest([SignalDraft(receivedAt: clock.now, receiver: "dc09", transport: .tcp, peer: "p", raw: "r")])
        let probe = Probe()
        let monitor = monitor(probe, store: store, clock: clock)
        clock.advance(by: 599)
        var health = try await monitor.check(StationHealth())
        #expect(codes(probe).isEmpty)
        clock.advance(by: 2)
        health = try await monitor.check(StationHealth())
        #expect(codes(probe) == ["NO-SIGNAL alarm"])
        _ = health
    }
}
