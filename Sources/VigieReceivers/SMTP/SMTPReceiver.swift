import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization
import VigieCore

/// The SMTP receiver of camera alarm e-mails (docs/video.md): each message becomes a signal like a DC-09 frame,
/// its images and clips the alarm's media. `250` is sent only once the signal is durably stored (DESIGN invariant 1);
/// a message the station cannot store is answered `451` and the camera sends it again.
public final class SMTPReceiver: Service, Sendable {
    let configuration: SMTPReceiverConfiguration
    let ingest: IngestQueue
    let directory: MailboxDirectory
    let registry: ReceiverRegistry
    let logger: Logger
    let now: @Sendable () -> Date
    let intake: SMTPIntake
    let activeConnections = Atomic<Int>(0)
    let refusals: RefusalSample
    private let boundPort = BoundPort()

    public init(
        configuration: SMTPReceiverConfiguration, ingest: IngestQueue, directory: MailboxDirectory, library: MediaLibrary,
        registry: ReceiverRegistry, logger: Logger = Logger(label: "vigie.smtp"), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        self.ingest = ingest
        self.directory = directory
        self.registry = registry
        self.logger = logger
        self.now = now
        intake = SMTPIntake(receiverName: configuration.name, library: library, maximumMessageBytes: configuration.maximumMessageBytes)
        refusals = RefusalSample(limits: configuration.refused, receiver: configuration.name, registry: registry)
    }

    /// The port it listens on, once bound (useful when configured with port 0).
    public func port() async -> Int {
        await boundPort.value()
    }

    public func run() async throws {
        let idle = TimeAmount.nanoseconds(Int64(configuration.idleTimeout.components.seconds) * 1_000_000_000)
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                let count = self.activeConnections.wrappingAdd(1, ordering: .relaxed).newValue
                channel.closeFuture.whenComplete { _ in
                    let left = self.activeConnections.wrappingSubtract(1, ordering: .relaxed).newValue
                    self.registry.update(self.configuration.name) { $0.connections = left }
                }
                self.registry.update(self.configuration.name) { $0.connections = count }
                guard count <= self.configuration.maximumConnections else {
                    return channel.writeAndFlush(ByteBuffer(string: "421 4.3.2 Too many connections, try again later\r\n"))
                        .flatMap { channel.close() }
                }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: idle))
                    try channel.pipeline.syncOperations.addHandler(IdleCloseHandler())
                    try channel.pipeline.syncOperations.addHandler(SMTPConnectionHandler(receiver: self))
                }
            }
            .bind(host: configuration.host, port: configuration.port)
            .get()
        let port = channel.localAddress?.port ?? configuration.port
        boundPort.set(port)
        registry.update(configuration.name) {
            $0.kind = "smtp"
            $0.listening = "\(configuration.host):\(port) tcp"
            $0.up = true
        }
        logger.info("SMTP receiver listening", metadata: ["receiver": "\(configuration.name)", "port": "\(port)"])
        defer { registry.update(configuration.name) { $0.up = false } }
        try? await gracefulShutdown()
        try? await channel.close()
    }

    /// Stores a complete message (its media first, off the event loop), then calls `reply` on `eventLoop` with what
    /// the client reads: `250` once stored, `451` when the station could not store it.
    func deliver(_ message: SMTPMessage, peer: String, on eventLoop: any EventLoop, reply: @escaping @Sendable (String) -> Void) {
        let receivedAt = now()
        registry.update(configuration.name) {
            $0.frames += 1
            $0.lastFrameAt = receivedAt
        }
        let intake = self.intake
        let logger = self.logger
        NIOThreadPool.singleton.runIfActive(eventLoop: eventLoop) {
            try intake.outcome(of: message, peer: peer, at: receivedAt)
        }.whenComplete { result in
            switch result {
            case .failure(let error):
                logger.error("camera e-mail not stored: media not written", metadata: ["error": "\(error)", "peer": "\(peer)"])
                reply(Self.cannotStore)
            case .success(let outcome):
                if outcome.drafts.allSatisfy({ $0.error != nil }), !self.refusals.admits(from: peer) {
                    reply(outcome.reply)
                    return
                }
                self.store(outcome.drafts) { stored in
                    eventLoop.execute { reply(stored ? outcome.reply : Self.cannotStore) }
                }
            }
        }
    }

    /// Records a recipient the station does not know, if its source's sample has room.
    func refuseRecipient(_ address: String, sender: String, heloName: String, peer: String) {
        guard refusals.admits(from: peer) else { return }
        ingest.enqueue(intake.unknownRecipient(address, sender: sender, heloName: heloName, peer: peer, at: now())) { _ in }
    }

    /// Stores every draft of a message; `completion` says whether all were stored.
    private func store(_ drafts: [SignalDraft], completion: @escaping @Sendable (Bool) -> Void) {
        let remaining = Atomic<Int>(drafts.count)
        let failed = Atomic<Bool>(false)
        for draft in drafts {
            ingest.enqueue(draft) { result in
                if case .failure = result { failed.store(true, ordering: .relaxed) }
                if remaining.wrappingSubtract(1, ordering: .acquiringAndReleasing).newValue == 0 {
                    completion(!failed.load(ordering: .relaxed))
                }
            }
        }
    }

    /// The answer to a message the station could not store: the camera sends it again.
    static let cannotStore = "451 4.3.0 The station cannot store the message now, try again later"
}
