import Testing
import VigieCore

/// Every wait a signal depends on has a deadline: past it the operation is cancelled and the caller told.
@Suite struct DeadlineTests {
    @Test func aQuickOperationReturnsItsResult() async throws {
        #expect(try await withDeadline(.seconds(10), "a sum") { 2 + 2 } == 4)
    }

    @Test func aHungOperationIsCancelledAtItsDeadline() async throws {
        await #expect(throws: DeadlineExceeded(what: "a hung write", timeout: .milliseconds(50))) {
            try await withDeadline(.milliseconds(50), "a hung write") {
                try await Task.sleep(for: .seconds(3600))
                return 0
            }
        }
    }

    @Test func theOperationsOwnErrorWins() async throws {
        struct Refused: Error, Equatable {}
        await #expect(throws: Refused()) {
            try await withDeadline(.seconds(10), "a refused write") { () async throws -> Int in throw Refused() }
        }
    }
}
