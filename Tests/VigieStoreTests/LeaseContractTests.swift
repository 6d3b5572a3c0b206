import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// The work lease in the `Store` contract: one holder at a time, renewed by it, taken over once expired or released.
@Suite struct LeaseContractTests {
    @Test(arguments: StoreFactory.all)
    func oneHolderAtATimeUntilItExpiresOrIsReleased(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)

        #expect(try await store.acquireLease("work", holder: "node-a", duration: 3))
        #expect(try await !store.acquireLease("work", holder: "node-b", duration: 3))
        // Renewed by its holder, it runs three seconds from the renewal.
        clock.advance(by: 2)
        #expect(try await store.acquireLease("work", holder: "node-a", duration: 3))
        clock.advance(by: 2)
        #expect(try await !store.acquireLease("work", holder: "node-b", duration: 3))
        // Not renewed, it expires and another node takes it; the first one then no longer holds it.
        clock.advance(by: 1)
        #expect(try await store.acquireLease("work", holder: "node-b", duration: 3))
        #expect(try await !store.acquireLease("work", holder: "node-a", duration: 3))
        // Released, it is free at once; a release by a node that does not hold it changes nothing.
        try await store.releaseLease("work", holder: "node-a")
        #expect(try await !store.acquireLease("work", holder: "node-a", duration: 3))
        try await store.releaseLease("work", holder: "node-b")
        #expect(try await store.acquireLease("work", holder: "node-a", duration: 3))
        // Leases of other names are independent.
        #expect(try await store.acquireLease("other", holder: "node-b", duration: 3))
    }
}
