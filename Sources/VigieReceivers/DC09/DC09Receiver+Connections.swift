import CoreMetrics
import Logging
import NIOCore
import Synchronization
import VigieCore

/// The receiver's TCP connections: counted against the cap, tracked, and asked to finish when it stops.
extension DC09Receiver {
    /// How long a stopping receiver waits for its connections to answer the frames in hand.
    static let quiesceTimeout = TimeAmount.seconds(5)

    /// Keeps every open connection, so that a stopping receiver can ask each to finish.
    func track(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        connections.withLock { $0[id] = channel }
        channel.closeFuture.whenComplete { _ in self.connections.withLock { _ = $0.removeValue(forKey: id) } }
    }

    /// Asks every connection to answer the frames in hand and close; closes those that have not within
    /// ``quiesceTimeout``.
    func quiesceConnections() async {
        let open = connections.withLock { Array($0.values) }
        for channel in open {
            channel.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
            channel.eventLoop.scheduleTask(in: Self.quiesceTimeout) { channel.close(promise: nil) }
        }
        for channel in open { try? await channel.closeFuture.get() }
    }

    /// Counts a new connection; `false` when it is one too many (the caller closes it).
    func connectionOpened(peer: String) -> Bool {
        let active = activeConnections.wrappingAdd(1, ordering: .relaxed).newValue
        tcpMetrics.connections.record(active)
        registry.update(configuration.name) { $0.connections = active }
        guard active <= configuration.maximumConnections else {
            tcpMetrics.connectionsRefused.increment()
            logger.warning("connection refused: too many connections", metadata: ["peer": "\(peer)"])
            return false
        }
        return true
    }

    func connectionClosed() {
        let remaining = activeConnections.wrappingSubtract(1, ordering: .relaxed).newValue
        tcpMetrics.connections.record(remaining)
        registry.update(configuration.name) { $0.connections = remaining }
    }
}
