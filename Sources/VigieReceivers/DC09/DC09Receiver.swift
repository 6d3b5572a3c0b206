import CoreMetrics
import Foundation
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
/// Datagrams are served the same way by one ``DC09DatagramHandler``, which caps the frames waiting for their
/// commit and drops (unanswered, counted) what comes beyond, so a flood costs bounded memory.
///
/// TCP connections are persistent and carry many frames, one at a time as the panel waits for each
/// answer; each is served on its event loop by a ``DC09ConnectionHandler``. On graceful shutdown it stops
/// accepting, lets every connection answer the frames in hand, closes them and returns; the ingest queue,
/// which shuts down after it, commits those last frames.
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
    /// Floods are logged at most once a minute each: a log line per dropped datagram would be a flood of its own.
    let dropLog = LogThrottle(period: .seconds(60))
    let acceptErrorLog = LogThrottle(period: .seconds(60))
    /// Open TCP connections (and the UDP channel): counted against the cap, and kept so that a stopping receiver
    /// can ask each to finish.
    let activeConnections = Atomic<Int>(0)
    let connections = ConnectionRoster()
    /// Open TCP connections per IP address, against ``DC09ReceiverConfiguration/maximumConnectionsPerAddress``.
    let connectionsPerAddress = Mutex<[String: Int]>([:])
    let shedLog = LogThrottle(period: .seconds(60))
    /// Which refused frames are stored; the others are answered and counted.
    let refusedSample: Mutex<RefusedFrameSampler<String>>
    private let boundPort = BoundPort()

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
        refusedSample = Mutex(RefusedFrameSampler(limits: configuration.refusedFrames))
        tcpMetrics = ReceiverMetrics(receiver: configuration.name, transport: "tcp")
        udpMetrics = ReceiverMetrics(receiver: configuration.name, transport: "udp")
    }

    /// The port the receiver listens on, once bound (useful when configured with port 0).
    public func port() async -> Int {
        await boundPort.value()
    }

    public func run() async throws {
        let tcp = try await bindTCP()
        let port = tcp.localAddress?.port ?? configuration.port
        let udp: any Channel
        do {
            udp = try await bindUDP(port: port)
        } catch {
            try? await tcp.close()
            throw error
        }
        connections.add(udp, sheddable: false)
        boundPort.set(port)
        registry.update(configuration.name) {
            $0.kind = "dc09"
            $0.listening = "\(configuration.host):\(port) tcp+udp"
            $0.up = true
        }
        logger.info(
            "DC-09 receiver listening",
            metadata: [
                "receiver": "\(configuration.name)", "port": "\(port)", "maximumConnections": "\(configuration.maximumConnections)",
                "maximumDatagramsInFlight": "\(configuration.maximumDatagramsInFlight)",
            ])
        defer { registry.update(configuration.name) { $0.up = false } }

        // Runs until the station stops (gracefully, or cancelled: then this throws at once).
        try? await gracefulShutdown()
        try? await tcp.close()
        await quiesceConnections()
    }

    private func bindTCP() async throws -> any Channel {
        let options = decodingOptions
        let maximumFrameLength = configuration.maximumFrameLength
        let idle = TimeAmount.nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000)
        return try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    // Out of descriptors (EMFILE, ENFILE): wait a little before accepting again, instead of spinning.
                    try channel.pipeline.syncOperations.addHandler(
                        AcceptBackoffHandler(shouldForwardIOErrorCaught: false) { error in
                            self.acceptFailed(error)
                            return Self.acceptBackoff
                        })
                }
            }
            .childChannelOption(.socketOption(.so_keepalive), value: 1)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                self.connections.add(channel, sheddable: true)
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: idle))
                    try channel.pipeline.syncOperations.addHandler(IdleCloseHandler())
                    try channel.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(DC09FrameDecoder(maximumFrameLength: maximumFrameLength, options: options)))
                    try channel.pipeline.syncOperations.addHandler(DC09ConnectionHandler(receiver: self))
                }
            }
            .bind(host: configuration.host, port: configuration.port)
            .get()
    }

    private func bindUDP(port: Int) async throws -> any Channel {
        try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.so_reuseaddr), value: 1)
            // Room for the longest frame and one byte more, so that a longer datagram (cut by the kernel) is refused
            // as too long rather than read as a shorter frame. NIO's default is 2,048 bytes.
            .channelOption(.recvAllocator, value: FixedSizeRecvByteBufferAllocator(capacity: configuration.maximumFrameLength + 1))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(DC09DatagramHandler(receiver: self))
                }
            }
            .bind(host: configuration.host, port: port)
            .get()
    }

    /// Options for every frame: keys from the account directory, the configured clock window.
    var decodingOptions: DC09DecodingOptions {
        let directory = self.directory
        let now = self.now
        return DC09DecodingOptions(
            accountProfile: { directory.profile($0) }, maximumAge: configuration.maximumAge, maximumAdvance: configuration.maximumAdvance,
            now: { Int64(now().timeIntervalSince1970.rounded(.down)) })
    }

    /// The signal to store for one frame and the reply to send once it is committed; counts the frame.
    func map(_ decoded: DC09DecodedFrame, peer: String, transport: SignalTransport) -> DC09SignalMapper.Mapped {
        let metrics = transport == .udp ? udpMetrics : tcpMetrics
        let receivedAt = now()
        var mapped = mapper.map(decoded, peer: peer, transport: transport, now: receivedAt)
        if mapped.draft.error != nil { mapped.draft.raw = Self.boundedRaw(mapped.draft.raw) }
        metrics.frames.increment()
        if let reason = mapped.draft.error { metrics.decodeError(reason) }
        registry.update(configuration.name) {
            $0.frames += 1
            $0.lastFrameAt = receivedAt
        }
        return mapped
    }

    /// Hands a mapped frame to the ingest queue, then calls `completion` with the encoded reply (none for a reply
    /// frame), or with the store's error, in which case nothing must be sent. The anomaly the frame reveals, if
    /// any, is stored too.
    /// A refused frame beyond the sample of its source (`source`, its IP address) is answered at once and counted,
    /// not stored.
    func submit(
        _ mapped: DC09SignalMapper.Mapped, transport: SignalTransport, source: String,
        completion: @escaping @Sendable (Result<ByteBuffer?, any Error>) -> Void
    ) {
        let metrics = transport == .udp ? udpMetrics : tcpMetrics
        if mapped.draft.error != nil, !samplesRefused(from: source, transport: transport) {
            completion(
                Result {
                    guard let reply = mapped.reply else { return nil }
                    metrics.reply(reply.token.text)
                    return try DC09FrameEncoder().encode(reply, key: mapped.replyKey)
                })
            return
        }
        let started = ContinuousClock.now
        ingest.enqueue(mapped.draft) { outcome in
            completion(
                outcome.flatMap { _ in
                    metrics.ingestLatency.record(duration: ContinuousClock.now - started)
                    guard let reply = mapped.reply else {
                        metrics.reply("none")
                        return .success(nil)
                    }
                    metrics.reply(reply.token.text)
                    return Result { try DC09FrameEncoder().encode(reply, key: mapped.replyKey) }
                })
        }
        if let anomaly = anomalies.inspect(mapped.draft) {
            ingest.enqueue(anomaly) { _ in }
        }
    }

    /// Stores a frame refused before it could be decoded, with its reason, if its source's sample has room.
    func record(error: DC09Error, peer: String, source: String, transport: SignalTransport) {
        (transport == .udp ? udpMetrics : tcpMetrics).decodeError(error.reason)
        guard samplesRefused(from: source, transport: transport) else { return }
        let draft = SignalDraft(receivedAt: now(), receiver: configuration.name, transport: transport, peer: peer, raw: "", error: error.reason)
        ingest.enqueue(draft) { _ in }
    }

    /// The most characters of a refused frame's raw text stored: enough to see what it was.
    static let refusedRawLength = 512

    /// A refused frame's raw text, cut to ``refusedRawLength`` with its full length said.
    static func boundedRaw(_ raw: String) -> String {
        raw.count <= refusedRawLength ? raw : "\(raw.prefix(refusedRawLength))… (\(raw.count) characters)"
    }

    /// Whether a refused frame from `source` is stored (the sampler's say); counts it when not.
    private func samplesRefused(from source: String, transport: SignalTransport) -> Bool {
        guard refusedSample.withLock({ $0.stores(from: source, at: .now()) }) else {
            (transport == .udp ? udpMetrics : tcpMetrics).refusedNotStored.increment()
            registry.update(configuration.name) { $0.refusedNotStored += 1 }
            return false
        }
        return true
    }
}
