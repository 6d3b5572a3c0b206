import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import Testing
import VigieCore
import VigieTestSupport

@testable import Vigie

/// The work lease as two nodes of one store live it: one runs the station-wide work, the other waits, takes
/// over when the first stops, and a holder whose lease was taken stops. The store's clock is frozen, so a
/// lease expires only when the test moves it.
@Suite struct LeaseKeeperTests {
    private let logger = Logger(label: "test.lease")

    /// Station-wide work stand-in: records that it ran, then waits for the shutdown.
    private final class Work: Service, Sendable {
        private let started = Atomic<Bool>(false)
        var hasStarted: Bool { started.load(ordering: .acquiring) }

        func run() async throws {
            started.store(true, ordering: .releasing)
            try? await gracefulShutdown()
        }
    }

    private func node(_ store: any Store) -> (keeper: LeaseKeeper, work: Work, group: ServiceGroup) {
        let keeper = LeaseKeeper(store: store, logger: logger, renewal: .milliseconds(20), validity: 3)
        let work = Work()
        return (keeper, work, ServiceGroup(services: [keeper, LeaseOwned(service: work, keeper: keeper)], logger: logger))
    }

    private static func eventually(_ condition: () -> Bool) async throws {
        while !condition() { try await Task.sleep(for: .milliseconds(10)) }
    }

    @Test func theSecondNodeWaitsThenTakesOverWhenTheHolderStops() async throws {
        let store = try await StoreFactory.sqlite.make(TestClock())
        let first = node(store)
        let second = node(store)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await first.group.run() }
            try await Self.eventually { first.work.hasStarted }
            tasks.addTask { try await second.group.run() }
            // The first renews several times while the second asks in vain.
            for _ in 0..<5 {
                #expect(try await !store.acquireLease(LeaseKeeper.leaseName, holder: "observer", duration: 3))
                try await Task.sleep(for: .milliseconds(20))
            }
            #expect(!second.keeper.isHeld && !second.work.hasStarted)

            await first.group.triggerGracefulShutdown()
            try await Self.eventually { second.work.hasStarted }
            #expect(second.keeper.isHeld)
            await second.group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
    }

    @Test func aHolderWhoseLeaseWasTakenStops() async throws {
        let clock = TestClock()
        let store = try await StoreFactory.sqlite.make(clock)
        let holder = node(store)
        await #expect(throws: LeaseLost.self) {
            try await withThrowingTaskGroup(of: Void.self) { tasks in
                tasks.addTask { try await holder.group.run() }
                try await Self.eventually { holder.work.hasStarted }
                // Time passes beyond the lease between two renewals (a frozen node, a partition) and another
                // node takes it; at its next renewal, the holder finds out and stops.
                repeat { clock.advance(by: 10) } while try await !store.acquireLease(LeaseKeeper.leaseName, holder: "other-node", duration: 3600)
                try await tasks.waitForAll()
            }
        }
    }
}
