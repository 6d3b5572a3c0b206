import Logging
import ServiceLifecycle
import VigieCore
import VigieReceivers

/// On a store shared by several nodes, hands the signals every node stores to this node's ingest listeners
/// (link supervision, the engine's wake-up, schedules), since receivers on other nodes feed only their own.
///
/// Run only by the lease holder (see ``LeaseOwned``). It follows the signal history every `interval`, from
/// where the alarm engine stands when it starts (so that the engine, taking over, is woken for what the last
/// holder left, without counting the whole history); signals this node stored reach the listeners twice,
/// which they tolerate (hearing a transmitter twice at one time, or waking the engine twice, changes nothing).
struct SharedSignalFeed: Service {
    let store: any Store
    let ingest: IngestQueue
    let logger: Logger
    var interval: Duration = .milliseconds(100)

    func run() async throws {
        var cursor = try await store.processedThrough()
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                while true {
                    let batch = try await store.signals(after: cursor, limit: 1000)
                    guard let last = batch.last else { break }
                    ingest.announce(batch)
                    cursor = last.id
                }
            } catch {
                logger.error("shared signal feed failed; retrying", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.interval) }
        }
    }
}
