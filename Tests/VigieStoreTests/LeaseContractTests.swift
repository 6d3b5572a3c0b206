import Foundation
import Testing
import VigieCore
import VigieTestSupport

/// The work lease in the `Store` contract: one holder at a time, renewed by it, taken over once expired or released.
///
/// SQLite reckons expiry on the station's clock (the test clock here); PostgreSQL on the database server's clock,
/// which every node shares. So time passes on both: the test clock is advanced and the test really waits, with
/// a second of margin on each side of every expiry.
@Suite struct LeaseContractTests {
    @Test(arguments: StoreFactory.all)
    func oneHolderAtATimeUntilItExpiresOrIsReleased(factory: StoreFactory) async throws {
        let clock = TestClock()
        let store = try await factory.make(clock)
        func pass(_ seconds: Double) async throws {
            clock.advance(by: seconds)
            try await Task.sleep(for: .seconds(seconds))
        }

        #expect(try await store.acquireLease("work", holder: "node-a", duration: 2))
        #expect(try await !store.acquireLease("work", holder: "node-b", duration: 2))
        // Renewed by its holder, it runs two seconds from the renewal.
        try await pass(1)
        #expect(try await store.acquireLease("work", holder: "node-a", duration: 2))
        try await pass(1)
        #expect(try await !store.acquireLease("work", holder: "node-b", duration: 2))
        // Not renewed, it expires and another node takes it; the first one then no longer holds it.
        try await pass(2)
        #expect(try await store.acquireLease("work", holder: "node-b", duration: 60))
        #expect(try await !store.acquireLease("work", holder: "node-a", duration: 60))
        // Released, it is free at once; a release by a node that does not hold it changes nothing.
        try await store.releaseLease("work", holder: "node-a")
        #expect(try await !store.acquireLease("work", holder: "node-a", duration: 60))
        try await store.releaseLease("work", holder: "node-b")
        #expect(try await store.acquireLease("work", holder: "node-a", duration: 60))
        // Leases of other names are independent.
        #expect(try await store.acquireLease("other", holder: "node-b", duration: 60))
    }
}
