import Logging
import ServiceLifecycle
import VigieCore

/// Tells the station's caches (account directory, engine, supervision) what configuration changed: the logbook
/// records every configuration change in the same transaction, and the store wakes ``Store/changes`` after each
/// commit that grew it, on every node of a shared store. The one feed for both stores: an operator's click on an
/// alarm, a note or a signal reloads nothing, and each cache reloads only for the kinds it holds.
struct ConfigurationWatch: Service {
    /// The most configuration entries read at one wake-up; beyond, every cache reloads whole.
    static let entriesPerLook = 1000

    let store: any Store
    let logger: Logger
    let configurationChanged: @Sendable (ConfigurationChange) -> Void

    func run() async throws {
        let wakeUps = store.changes.subscribe()
        var seen = try await store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0
        for await _ in wakeUps.cancelOnGracefulShutdown() {
            do {
                // Counts over the new entries only (the logbook can hold millions). Sequences have no gap and
                // commit in order, so the first count names the newest entry, and the second query, made
                // after it, sees every entry up to it: none is missed, a few may count twice.
                let grown = try await store.logbook(query: LogbookQuery(afterSequence: seen, limit: 1)).total
                guard grown > 0 else { continue }
                let entries = try await store.logbook(
                    query: LogbookQuery(kinds: ConfigurationChange.logbookKinds, afterSequence: seen, limit: Self.entriesPerLook))
                var change = ConfigurationChange()
                for entry in entries.items { change.add(entry) }
                if entries.total > entries.items.count { change.everything = true }
                if !change.isEmpty { configurationChanged(change) }
                seen += Int64(grown)
            } catch {
                logger.error("configuration watch failed; will retry at the next change", metadata: ["error": "\(error)"])
            }
        }
    }
}
