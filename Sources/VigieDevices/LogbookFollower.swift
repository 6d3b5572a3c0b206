import ServiceLifecycle
import VigieCore

/// Follows the logbook from the moment it starts: each time it grows (on any node of a shared store), the new
/// entries of some kinds, oldest first. What was written before the start is not read again.
struct LogbookFollower: Sendable {
    let store: any Store
    let kinds: [LogbookKind]

    /// Calls `handle` with each batch of new entries until graceful shutdown; `failed` hears of a read that failed
    /// (the next growth reads again from the same place).
    func follow(failed: (any Error) -> Void, _ handle: ([LogbookEntry]) async -> Void) async throws {
        let changes = store.changes.subscribe()
        var cursor = try await head()
        for await _ in changes.cancelOnGracefulShutdown() {
            do {
                let entries = try await store.logbook(query: LogbookQuery(kinds: kinds, afterSequence: cursor, limit: ListQuery.maximumLimit)).items
                if let last = entries.last { cursor = last.sequence }
                if !entries.isEmpty { await handle(entries) }
            } catch {
                failed(error)
            }
        }
    }

    /// The sequence of the newest entry.
    private func head() async throws -> Int64 {
        try await store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0
    }
}
