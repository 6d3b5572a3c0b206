import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore

/// Takes and renews this node's claim on the station-wide work (link supervision, the alarm engine and its
/// timers): a lease row in the store, renewed every second and valid three, so that when the node holding it
/// dies another takes over within about four seconds.
///
/// A node that loses the lease it held (another node took it, or it could not renew it in time) stops with an
/// error rather than go on beside the new holder: the process supervisor restarts it as a standby. Place it
/// before the services it guards (see ``LeaseOwned``), so it releases the lease only after they stopped.
final class LeaseKeeper: Service, Sendable {
    static let leaseName = "station-work"

    private let store: any Store
    private let logger: Logger
    let holder: String
    private let renewal: Duration
    private let validity: TimeInterval
    private let held = Atomic<Bool>(false)

    init(store: any Store, logger: Logger, renewal: Duration = .seconds(1), validity: TimeInterval = 3) {
        self.store = store
        self.logger = logger
        self.renewal = renewal
        self.validity = validity
        holder = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
    }

    var isHeld: Bool { held.load(ordering: .acquiring) }

    func run() async throws {
        var lastRenewal = ContinuousClock.now
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                let holds = try await store.acquireLease(Self.leaseName, holder: holder, duration: validity)
                if isHeld, !holds { throw LeaseLost(holder: holder) }
                if holds, !isHeld {
                    logger.notice("work lease acquired: this node runs link supervision and the alarm engine", metadata: ["lease.holder": "\(holder)"])
                    held.store(true, ordering: .releasing)
                }
                if holds { lastRenewal = .now }
            } catch let lost as LeaseLost {
                throw lost
            } catch {
                logger.error("work lease not renewed", metadata: ["error": "\(error)"])
                // Stop before the lease can expire for the other nodes: never two holders at once.
                if isHeld, ContinuousClock.now - lastRenewal >= .seconds(validity) - renewal { throw LeaseLost(holder: holder) }
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.renewal) }
        }
        if isHeld {
            try? await store.releaseLease(Self.leaseName, holder: holder)
            logger.info("work lease released", metadata: ["lease.holder": "\(holder)"])
        }
    }

    /// Returns once this node holds the lease, or `false` when the task is cancelled first.
    func waitUntilHeld() async -> Bool {
        while !isHeld {
            do {
                try await Task.sleep(for: .milliseconds(100))
            } catch {
                return false
            }
        }
        return true
    }
}

/// This node no longer holds the work lease it held.
struct LeaseLost: Error, CustomStringConvertible {
    var holder: String

    var description: String { "the work lease of \(holder) was lost; stopping so that only one node runs supervision" }
}
