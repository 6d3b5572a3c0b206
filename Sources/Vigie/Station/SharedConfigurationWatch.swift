import Logging
import ServiceLifecycle
import VigieCore

/// On a store shared by several nodes, tells this node's caches (account directory, engine, supervision) that
/// the configuration changed when another node changed it: the logbook records every configuration change,
/// and the store wakes ``Store/changes`` on every node for each commit that grew it.
///
/// Changes made through this node's own API also pass here, so the caches reload twice: harmless, and rare.
struct SharedConfigurationWatch: Service {
    static let kinds: [LogbookKind] = [.configCreated, .configUpdated, .configDeleted, .siteModeChanged]

    let store: any Store
    let logger: Logger
    let configurationChanged: @Sendable () -> Void

    func run() async throws {
        let wakeUps = store.changes.subscribe()
        var seen = try await newestSequence()
        for await _ in wakeUps.cancelOnGracefulShutdown() {
            do {
                let newest = try await newestSequence()
                // Read after `newest`, so every entry up to it is visible: none is missed, some may count twice.
                let changed = try await store.logbook(query: LogbookQuery(kinds: Self.kinds, afterSequence: seen, limit: 1)).total > 0
                if changed { configurationChanged() }
                seen = newest
            } catch {
                logger.error("configuration watch failed; will retry at the next change", metadata: ["error": "\(error)"])
            }
        }
    }

    private func newestSequence() async throws -> Int64 {
        try await store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0
    }
}
