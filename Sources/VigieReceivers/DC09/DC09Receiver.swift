import Foundation
import CoreMetrics
import Logging
import Metrics
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization
import VigieCore
import VigieProtocols

/// A DC-09 receiver on one port, TCP and UDP: decodes each frame, waits for its durable commit, then
/// answers (ACK, NAK or DUH) on the same connection or to the datagram's source.
///
/// TCP connections are persistent and carry many frames, one at a time as the panel waits for each
/// answer. On graceful shutdown it stops accepting, lets every connection finish the frame in hand, and
/// returns; the ingest queue, which shuts down after it, commits those last frames.
public final class DC09Receiver: Service, Sendable {
    let configuration: DC09ReceiverConfiguration
    let ingest: IngestQueue
    let directory: AccountDirectory
    let registry: ReceiverRegistry
    let logger: Logger
    let now: @Sendable () -> Date
    let mapper: DC09SignalMapper
    let tcpMetrics: ReceiverMetrics
    let udpMetrics: ReceiverMetrics
    let anomalies = AnomalyWatch()
    private let activeConnections = Atomic<Int>(0)
    private let boundPort: Mutex<(port: Int?, waiters: [CheckedContinuation<Int, Never>])> = Mutex((nil, []))

    public init(
        configuration: DC09ReceiverConfiguration, ingest: IngestQueue, directory: AccountDirectory, registry: ReceiverRegistry,
        logger: Logger = Logger(label: "vigie.receiver"), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        self.ingest = ingest
        self.directory = directory
        self.registry = registry
        self.logger = logger
        self.now = now
        mapper = DC09SignalMapper(receiverName: configuration.name, directory: directory)
        tcpMetrics = ReceiverMetrics(receiver: configuration.name, transport: "tcp")
        udpMetrics = ReceiverMetrics(receiver: configuration.name, transport: "udp")
    }

    /// The port the receiver listens on, once bound (useful when configured with port 0).
    public func port() async -> Int {
        await withCheckedContinuation { continuation in
            let known = boundPort.withLock { state -> Int? in
                if state.port == nil { state.waiters.append(continuation) }
                return state.port
            }
            if let known { continuation.resume(returning: known) }
        }
    }

    public func run() async throws {
        let tcp = try await bindTCP()
        let port = tcp.channel.localAddress?.port ?? configuration.port
        let udp = try await bindUDP(port: port)
        for waiter in boundPort.withLock({ state -> [CheckedContinuation<Int, Never>] in
            state.port = port
            defer { state.waiters = [] }
            return state.waiters
        }) { waiter.resume(returning: port) }
        registry.update(configuration.name) {
            $0.kind = "dc09"
            $0.listening = "\(configuration.host):\(port) tcp+udp"
            $0.up = true
        }
        logger.info("DC-09 receiver listening", metadata: ["receiver": "\(configuration.name)", "port": "\(port)"])
        defer { registry.update(configuration.name) { $0.up = false } }

        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { try await self.serveDatagrams(udp) }
            try await tcp.executeThenClose { connections in
                for try await connection in connections.cancelOnGracefulShutdown() {
                    group.addTask { await self.serve(connection) }
                }
            }
        }
    }

    private func bindTCP() async throws -> NIOAsyncChannel<NIOAsyncChannel<DC09DecodedFrame, ByteBuffer>, Never> {
        let options = decodingOptions
        let maximumFrameLength = configuration.maximumFrameLength
        let idle = TimeAmount.nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000)
        return try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.so_keepalive), value: 1)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .bind(host: configuration.host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: idle))
                    try channel.pipeline.syncOperations.addHandler(IdleCloseHandler())
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(DC09FrameDecoder(maximumFrameLength: maximumFrameLength, options: options)))
                    return try NIOAsyncChannel<DC09DecodedFrame, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    private func bindUDP(port: Int) async throws -> NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>> {
        try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: configuration.host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// Options for every frame: keys from the account directory, the configured clock window.
    var decodingOptions: DC09DecodingOptions {
        let directory = self.directory
        let now = self.now
        return DC09DecodingOptions(
            accountProfile: { directory.profile($0) }, maximumAge: configuration.maximumAge, maximumAdvance: configuration.maximumAdvance,
            now: { Int64(now().timeIntervalSince1970.rounded(.down)) })
    }

    /// One TCP connection: frame after frame until the panel closes, goes idle, or the station stops.
    private func serve(_ connection: NIOAsyncChannel<DC09DecodedFrame, ByteBuffer>) async {
        let peer = connection.channel.remoteAddress?.description ?? "unknown"
        let active = activeConnections.wrappingAdd(1, ordering: .relaxed).newValue
        defer {
            let remaining = activeConnections.wrappingSubtract(1, ordering: .relaxed).newValue
            tcpMetrics.connections.record(remaining)
            registry.update(configuration.name) { $0.connections = remaining }
        }
        tcpMetrics.connections.record(active)
        registry.update(configuration.name) { $0.connections = active }
        guard active <= configuration.maximumConnections else {
            tcpMetrics.connectionsRefused.increment()
            logger.warning("connection refused: too many connections", metadata: ["peer": "\(peer)"])
            try? await connection.channel.close()
            return
        }
        do {
            try await connection.executeThenClose { inbound, outbound in
                for try await decoded in inbound.cancelOnGracefulShutdown() {
                    if let reply = try await handle(decoded, peer: peer, metrics: tcpMetrics) {
                        try await outbound.write(reply)
                    }
                }
            }
        } catch let error as DC09Error {
            // A frame too long to be one: recorded, then the connection is dropped (the panel reconnects).
            await record(error: error, peer: peer, metrics: tcpMetrics)
        } catch {
            logger.debug("connection ended", metadata: ["peer": "\(peer)", "error": "\(error)"])
        }
    }

    /// Datagrams: each is one frame, answered to its source; handled concurrently so they share commits.
    private func serveDatagrams(_ channel: NIOAsyncChannel<AddressedEnvelope<ByteBuffer>, AddressedEnvelope<ByteBuffer>>) async throws {
        try await channel.executeThenClose { inbound, outbound in
            try await withThrowingDiscardingTaskGroup { group in
                for try await envelope in inbound.cancelOnGracefulShutdown() {
                    group.addTask {
                        var buffer = envelope.data
                        var decoder = DC09FrameDecoder(maximumFrameLength: self.configuration.maximumFrameLength, options: self.decodingOptions)
                        do {
                            while let decoded = try decoder.decode(buffer: &buffer) ?? decoder.decodeLast(buffer: &buffer, seenEOF: true) {
                                if let reply = try await self.handle(decoded, peer: envelope.remoteAddress.description, metrics: self.udpMetrics) {
                                    try await outbound.write(AddressedEnvelope(remoteAddress: envelope.remoteAddress, data: reply))
                                }
                            }
                        } catch {
                            self.logger.debug("datagram refused", metadata: ["peer": "\(envelope.remoteAddress)", "error": "\(error)"])
                        }
                    }
                }
            }
        }
    }

    /// Stores one frame and returns the encoded reply; throws (and so sends nothing) when it could not be stored.
    private func handle(_ decoded: DC09DecodedFrame, peer: String, metrics: ReceiverMetrics) async throws -> ByteBuffer? {
        let started = ContinuousClock.now
        let receivedAt = now()
        let mapped = mapper.map(decoded, peer: peer, transport: metrics.transport == "udp" ? .udp : .tcp, now: receivedAt)
        metrics.frames.increment()
        if let reason = mapped.draft.error { metrics.decodeError(reason) }
        registry.update(configuration.name) {
            $0.frames += 1
            $0.lastFrameAt = receivedAt
        }
        _ = try await ingest.submit(mapped.draft)
        metrics.ingestLatency.record(duration: ContinuousClock.now - started)
        if let anomaly = anomalies.inspect(mapped.draft) {
            _ = try? await ingest.submit(anomaly)
        }
        guard let reply = mapped.reply else {
            metrics.reply("none")
            return nil
        }
        metrics.reply(reply.token.text)
        return try DC09FrameEncoder().encode(reply, key: mapped.replyKey)
    }

    private func record(error: DC09Error, peer: String, metrics: ReceiverMetrics) async {
        metrics.decodeError(error.reason)
        let draft = SignalDraft(
            receivedAt: now(), receiver: configuration.name, transport: .tcp, peer: peer, raw: "", error: error.reason)
        _ = try? await ingest.submit(draft)
    }
}
