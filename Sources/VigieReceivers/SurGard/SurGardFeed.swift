import Foundation
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import VigieCore
import VigieProtocols

/// Reads a Sur-Gard hardware receiver's automation output (MLR2 / System III / System 5 over TCP).
///
/// Vigie connects to the receiver's automation port, as the automation software it replaces did. Each line
/// (heartbeat, Contact ID, SIA) is stored durably, then answered with ACK (0x06); a line that cannot be read
/// is stored raw with its error and answered NAK (0x15), so the receiver keeps it buffered and retries.
/// Heartbeats are stored too: they prove the link. Silence for ``SurGardFeedConfiguration/heartbeatTimeout`` closes the
/// connection; a lost connection marks the receiver down and reports it at once as the station problem
/// `RECEIVER-DOWN:<name>`, the alarm the station monitor keeps and restores when the receiver is back.
public final class SurGardFeed: Service, Sendable {
    let configuration: SurGardFeedConfiguration
    let ingest: IngestQueue
    let registry: ReceiverRegistry
    let logger: Logger
    let now: @Sendable () -> Date
    let mapper: SurGardSignalMapper

    public init(
        configuration: SurGardFeedConfiguration, ingest: IngestQueue, directory: AccountDirectory, registry: ReceiverRegistry,
        logger: Logger = Logger(label: "vigie.surgard"), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        self.ingest = ingest
        self.registry = registry
        self.logger = logger
        self.now = now
        mapper = SurGardSignalMapper(feedName: configuration.name, directory: directory)
    }

    public func run() async throws {
        registry.update(configuration.name) {
            $0.kind = "surgard"
            $0.listening = "→ \(configuration.host):\(configuration.port)"
        }
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                try await connectAndServe()
            } catch {
                logger.warning("Sur-Gard receiver connection lost", metadata: ["receiver": "\(configuration.name)", "error": "\(error)"])
            }
            await markDown(reason: "no heartbeat, or connection closed")
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.configuration.reconnectDelay) }
        }
    }

    private func connectAndServe() async throws {
        let silence = TimeAmount.nanoseconds(Int64(configuration.heartbeatTimeout.components.seconds) * 1_000_000_000)
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.socketOption(.so_keepalive), value: 1)
            .connect(host: configuration.host, port: configuration.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    // A receiver that stops sending heartbeats is as good as gone: close, report, reconnect.
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: silence))
                    try channel.pipeline.syncOperations.addHandler(IdleCloseHandler())
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SurGardFrameDecoder()))
                    return try NIOAsyncChannel<SurGardFrameDecoder.Line, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let peer = "\(configuration.host):\(configuration.port)"
        registry.update(configuration.name) {
            $0.up = true
            $0.connections = 1
        }
        logger.info("connected to Sur-Gard receiver", metadata: ["receiver": "\(configuration.name)", "peer": "\(peer)"])
        try await channel.executeThenClose { inbound, outbound in
            for try await line in inbound.cancelOnGracefulShutdown() {
                let draft = mapper.map(line, peer: peer, now: now())
                registry.update(configuration.name) {
                    $0.frames += 1
                    $0.lastFrameAt = draft.receivedAt
                }
                _ = try await ingest.submit(draft)
                try await outbound.write(ByteBuffer(bytes: [draft.error == nil ? SurGard.ack : SurGard.nak]))
            }
        }
    }

    private func markDown(reason: String) async {
        let wasUp = registry.all.first { $0.name == configuration.name }?.up ?? false
        registry.update(configuration.name) {
            $0.up = false
            $0.connections = 0
        }
        guard wasUp else { return }
        let event = SignalEvent(
            code: "RECEIVER-DOWN", qualifier: .alarm, category: .technical,
            description: "Hardware receiver \(configuration.name) lost: \(reason)",
            frenchDescription: "Récepteur matériel \(configuration.name) perdu : \(reason)")
        let draft = SignalDraft(
            receivedAt: now(), receiver: configuration.name, transport: .station, peer: "station", raw: "",
            token: AlarmGrouping.stationProblemToken, account: "RECEIVER-DOWN:\(configuration.name)", events: [event])
        _ = try? await ingest.submit(draft)
    }
}
