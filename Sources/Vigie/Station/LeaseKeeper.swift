import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore

/// Takes and renews this node's claim on the station-wide work (link supervision, the alarm engine and its
/// timers): a lease row in the store, renewed every second and valid three, so that when the node holding it
/// dies another takes over within about four seconds.
///
/// On a shared store, a node that loses the lease it held (another node took it, or it could not renew it in
/// time) stops with an error rather than go on beside the new holder: the process supervisor restarts it as a
/// standby. Each renewal has a deadline of one renewal period, so a renewal that hangs counts as failed and the
/// holder gives up at least one period before its lease can pass to another node. On an embedded store there is
/// no other node: a failed renewal (a full disk) is a fault the station lives through, not a reason to stop.
/// Place it before the services it guards (see ``LeaseOwned``), so it releases the lease only after they stopped.
final class LeaseKeeper: Service, Sendable {
    static let leaseName = "station-work"

    private let store: any Store
    private let logger: Logger
    let holder: String
    private let renewal: Duration
    private let validity: TimeInterval
    private let held = Atomic<Bool>(false)
    private let relinquished = Atomic<Bool>(false)
    private let lastFailure = Mutex<String?>(nil)

    init(store: any Store, logger: Logger, renewal: Duration = .seconds(1), validity: TimeInterval = 3) {
        self.store = store
        self.logger = logger
        self.renewal = renewal
        self.validity = validity
        holder = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))"
    }

    var isHeld: Bool { held.load(ordering: .acquiring) }

    /// What `/healthz` says of the lease: held, standby, or the renewal's failure.
    var state: LeaseState {
        if let failure = lastFailure.withLock({ $0 }) { return .failing(failure) }
        return isHeld ? .held : .standby
    }

    func run() async throws {
        var lastRenewal = ContinuousClock.now
        while !Task.isShuttingDownGracefully, !Task.isCancelled, !relinquished.load(ordering: .acquiring) {
            do {
                let (store, name, holder, validity) = (self.store, Self.leaseName, self.holder, self.validity)
                let holds = try await withDeadline(renewal, "the work lease renewal") {
                    try await store.acquireLease(name, holder: holder, duration: validity)
                }
                lastFailure.withLock { $0 = nil }
                if isHeld, !holds { throw LeaseLost(holder: holder) }
                if holds, !isHeld {
                    logger.notice(
                        "work lease acquired: this node runs link supervision and the alarm engine", metadata: ["lease.holder": "\(holder)"])
                    held.store(true, ordering: .releasing)
                }
                if holds { lastRenewal = .now }
            } catch let lost as LeaseLost {
                held.store(false, ordering: .releasing)
                throw lost
            } catch {
                logger.error("work lease not renewed", metadata: ["error": "\(error)"])
                lastFailure.withLock { $0 = "\(error)" }
                // Stop before the lease can expire for the other nodes: never two holders at once.
                if store.isSharedByNodes, isHeld, ContinuousClock.now - lastRenewal >= .seconds(validity) - renewal {
                    held.store(false, ordering: .releasing)
                    throw LeaseLost(holder: holder)
                }
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.renewal) }
        }
        await release()
    }

    /// Gives the lease up at once, at the start of a shutdown, so that another node takes the work over while this
    /// one is still draining; renewals stop. Bounded: a store that does not answer leaves the lease to expire.
    func relinquish() async {
        relinquished.store(true, ordering: .releasing)
        await release()
    }

    private func release() async {
        guard held.exchange(false, ordering: .acquiringAndReleasing) else { return }
        let (store, name, holder) = (self.store, Self.leaseName, self.holder)
        do {
            try await withDeadline(renewal, "the work lease release") { try await store.releaseLease(name, holder: holder) }
            logger.info("work lease released", metadata: ["lease.holder": "\(holder)"])
        } catch {
            logger.warning("work lease not released; it expires by itself", metadata: ["error": "\(error)"])
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

/// The work lease as `/healthz` reports it.
enum LeaseState: Equatable {
    case held
    /// Another node holds it; this one takes over if that node stops renewing.
    case standby
    /// The last renewal failed (or did not answer in time).
    case failing(String)
}

/// This node no longer holds the work lease it held.
struct LeaseLost: Error, CustomStringConvertible {
    var holder: String

    var description: String { "the work lease of \(holder) was lost; stopping so that only one node runs supervision" }
}
