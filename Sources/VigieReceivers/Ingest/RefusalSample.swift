import Synchronization
import VigieCore

/// Which of a receiver's refused messages are stored (camera e-mails, pushes): a sample per source address and minute
/// (``RefusedFrameSampler``), so that a flood of bad input costs the station no more than it costs the sender; the
/// others are answered and counted on the receiver's status (`refusedNotStored`).
final class RefusalSample: Sendable {
    private let sampler: Mutex<RefusedFrameSampler<String>>
    private let receiver: String
    private let registry: ReceiverRegistry

    init(limits: RefusedFrameSampler<String>.Limits, receiver: String, registry: ReceiverRegistry) {
        sampler = Mutex(RefusedFrameSampler(limits: limits))
        self.receiver = receiver
        self.registry = registry
    }

    /// Whether a refused message from `peer` (`host:port`) is stored; one that is not is counted.
    func admits(from peer: String) -> Bool {
        guard sampler.withLock({ $0.stores(from: Self.address(of: peer), at: .now()) }) else {
            registry.update(receiver) { $0.refusedNotStored += 1 }
            return false
        }
        return true
    }

    /// The IP address of `host:port`.
    static func address(of peer: String) -> String {
        peer.lastIndex(of: ":").map { String(peer[..<$0]) } ?? peer
    }
}
