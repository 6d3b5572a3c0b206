import CoreMetrics
import Logging
import NIOCore
import Synchronization
import VigieCore

/// The receiver's TCP connections: counted against the cap, tracked, and asked to finish when it stops.
extension DC09Receiver {
    /// How long a stopping receiver waits for its connections to answer the frames in hand.
    static let quiesceTimeout = TimeAmount.seconds(5)

    /// How long a connection must have been quiet to be closed for a newcomer at the cap: not one in the middle
    /// of an exchange.
    static let minimumIdleToShed = Duration.seconds(1)

    /// Asks every connection to answer the frames in hand and close; closes those that have not within
    /// ``quiesceTimeout``.
    func quiesceConnections() async {
        let open = connections.all
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
        /// The receiver was at ``DC09ReceiverConfiguration/maximumConnections`` and this connection had been quiet
        /// the longest: closed so that a new one gets in.
        case makingRoom
    }

    /// Counts a new connection from `address` (its IP); `false` when it is one too many for its address, or
    /// overall with no quiet connection to close in its place (the caller closes it). Every call is matched by
    /// ``connectionClosed(address:)``.
    func connectionOpened(_ channel: any Channel, peer: String, address: String) -> Bool {
        let active = activeConnections.wrappingAdd(1, ordering: .relaxed).newValue
        let fromAddress = connectionsPerAddress.withLock { counts in
            counts[address, default: 0] += 1
            return counts[address, default: 0]
        }
        tcpMetrics.connections.record(active)
        registry.update(configuration.name) { $0.connections = active }
        guard fromAddress <= configuration.maximumConnectionsPerAddress else {
            shed(peer: peer, because: .perAddress)
            return false
        }
        guard active > configuration.maximumConnections else { return true }
        // At the cap: the quietest connection makes room, so that an idle socket never keeps a panel out. The count
        // goes down when it has closed, so it may pass the cap by the few closing at once (the descriptor budget
        // keeps a reserve).
        if let quietest = connections.takeLongestIdle(excluding: channel, minimumIdle: Self.minimumIdleToShed) {
            shed(peer: quietest.remoteAddress?.description ?? "unknown", because: .makingRoom)
            quietest.close(promise: nil)
            return true
        }
        tcpMetrics.connectionsRefused.increment()
        if shedLog.allows() { logger.warning("connection refused: too many connections", metadata: ["peer": "\(peer)"]) }
        return false
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
