import NIOCore
import NIOPosix
import VigieProtocols

/// One panel's path to the receiver: a TCP connection or a connected UDP socket, with the reply decoder.
///
/// Not shared between tasks: each simulated panel owns its link and sends one frame at a time.
struct PanelLink {
    let channel: any Channel

    /// Opens the link; replies are decoded with `key` (a receiver encrypts its ACK with the panel's key).
    static func open(host: String, port: Int, transport: SimulatorTransport, key: DC09Key?) async throws -> PanelLink {
        let options = DC09DecodingOptions.singleKey(key)
        let channel: any Channel
        switch transport {
        case .tcp:
            channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .channelOption(.tcpOption(.tcp_nodelay), value: 1)
                .connectTimeout(.seconds(2))
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(DC09FrameDecoder(options: options)))
                        try channel.pipeline.syncOperations.addHandler(PanelReplyHandler())
                    }
                }
                .connect(host: host, port: port).get()
        case .udp:
            channel = try await DatagramBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .channelInitializer { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(DatagramPayloadHandler())
                        try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(DC09FrameDecoder(options: options)))
                        try channel.pipeline.syncOperations.addHandler(PanelReplyHandler())
                    }
                }
                .connect(host: host, port: port).get()
        }
        return PanelLink(channel: channel)
    }

    /// Whether the link can still carry frames (a broken TCP connection must be reopened).
    var isActive: Bool { channel.isActive }

    /// Sends `frame` and returns the receiver's reply.
    /// - Throws: ``PanelLinkError/timeout`` when no reply came within `timeout`, ``PanelLinkError/closed`` when the link broke.
    func exchange(_ frame: ByteBuffer, timeout: Duration) async throws -> DC09DecodedFrame {
        let reply = channel.eventLoop.makePromise(of: DC09DecodedFrame.self)
        let nanoseconds = timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000
        // A write that fails (link already closed) never reaches the handler: fail the reply too, or it would wait forever.
        let written = channel.eventLoop.makePromise(of: Void.self)
        written.futureResult.whenFailure { reply.fail($0) }
        channel.writeAndFlush(PanelRequest(frame: frame, reply: reply, timeout: .nanoseconds(nanoseconds)), promise: written)
        return try await reply.futureResult.get()
    }

    func close() async {
        try? await channel.close()
    }
}
