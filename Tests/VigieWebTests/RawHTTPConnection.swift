import NIOCore
import NIOPosix
import Synchronization

/// A bare TCP connection to the server, for what an HTTP client library would not do: send half a request head,
/// or never read a response.
final class RawHTTPConnection: Sendable {
    let channel: any Channel
    private let received: Received

    /// Collects what the server sends.
    final class Received: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        let text = Mutex("")

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            let buffer = unwrapInboundIn(data)
            text.withLock { $0 += String(buffer: buffer) }
        }
    }

    /// - Parameter reads: `false` never reads from the socket, with a small receive buffer: a console that stalls.
    static func open(port: Int, reads: Bool = true) async throws -> RawHTTPConnection {
        let received = Received()
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.autoRead, value: reads)
            .channelOption(.socketOption(.so_rcvbuf), value: reads ? 1 << 20 : 4096)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(received) }
            }
            .connect(host: "127.0.0.1", port: port)
            .get()
        return RawHTTPConnection(channel: channel, received: received)
    }

    private init(channel: any Channel, received: Received) {
        self.channel = channel
        self.received = received
    }

    func send(_ text: String) async throws {
        try await channel.writeAndFlush(ByteBuffer(string: text))
    }

    /// Everything received so far.
    var text: String { received.text.withLock { $0 } }

    /// Whether the server closed the connection within `limit` (a bound on the test, not a measured time).
    func closed(within limit: Duration) async -> Bool {
        let closed = Atomic<Bool>(false)
        channel.closeFuture.whenComplete { _ in closed.store(true, ordering: .relaxed) }
        let deadline = ContinuousClock.now + limit
        while !closed.load(ordering: .relaxed), ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return closed.load(ordering: .relaxed)
    }

    /// Waits until what was received satisfies `condition`, for at most `limit`.
    func wait(within limit: Duration, until condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + limit
        while !condition(text), ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
        return condition(text)
    }

    func close() async {
        try? await channel.close()
    }
}
