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

    /// ``DC09ReceiverConfiguration/firstFrameTimeout`` for the event loop's timers.
    var firstFrameTimeout: TimeAmount {
        let (seconds, attoseconds) = configuration.firstFrameTimeout.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// Why the receiver closed a TCP connection of its own accord.
    enum ConnectionShedding: String, CaseIterable {
        /// Its address already had ``DC09ReceiverConfiguration/maximumConnectionsPerAddress`` open.
        case perAddress
        /// No frame within ``DC09ReceiverConfiguration/firstFrameTimeout`` of opening.
        case noFrame
        /// ``DC09ReceiverConfiguration/maximumConsecutiveBadFrames`` refused frames in a row.
        case badFrames
    }

    /// Counts a new connection from `address` (its IP); `false` when it is one too many, overall or for its
    /// address (the caller closes it). Every call is matched by ``connectionClosed(address:)``.
    func connectionOpened(peer: String, address: String) -> Bool {
        let active = activeConnections.wrappingAdd(1, ordering: .relaxed).newValue
        let fromAddress = connectionsPerAddress.withLock { counts in
            counts[address, default: 0] += 1
            return counts[address, default: 0]
        }
        tcpMetrics.connections.record(active)
        registry.update(configuration.name) { $0.connections = active }
        guard active <= configuration.maximumConnections else {
            tcpMetrics.connectionsRefused.increment()
            if shedLog.allows() { logger.warning("connection refused: too many connections", metadata: ["peer": "\(peer)"]) }
            return false
        }
        guard fromAddress <= configuration.maximumConnectionsPerAddress else {
            shed(peer: peer, because: .perAddress)
            return false
        }
        return true
    }

    func connectionClosed(address: String) {
        let remaining = activeConnections.wrappingSubtract(1, ordering: .relaxed).newValue
        connectionsPerAddress.withLock { counts in
            let left = counts[address, default: 1] - 1
            counts[address] = left > 0 ? left : nil
        }
        tcpMetrics.connections.record(remaining)
        registry.update(configuration.name) { $0.connections = remaining }
    }

    /// A connection closed to protect the receiver: counted by reason, logged once a minute at most.
    func shed(peer: String, because reason: ConnectionShedding) {
        tcpMetrics.connectionsShed[reason.rawValue]?.increment()
        registry.update(configuration.name) { $0.connectionsShed += 1 }
        if shedLog.allows() {
            logger.warning(
                "connection closed to protect the receiver",
                metadata: ["receiver": "\(configuration.name)", "peer": "\(peer)", "reason": "\(reason.rawValue)"])
        }
    }
}
