import NIOCore
import NIOPosix
import VigieProtocols

/// A panel's persistent TCP connection: sends frames, reads the receiver's replies as decoded frames.
struct PanelConnection {
    let channel: NIOAsyncChannel<DC09DecodedFrame, ByteBuffer>

    static func open(port: Int, key: DC09Key? = nil) async throws -> PanelConnection {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(DC09FrameDecoder(options: .singleKey(key))))
                    return try NIOAsyncChannel<DC09DecodedFrame, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return PanelConnection(channel: channel)
    }

    /// Sends each frame and waits for its reply before the next, as a panel does.
    func exchange(_ frames: [ByteBuffer]) async throws -> [DC09Frame] {
        try await channel.executeThenClose { inbound, outbound in
            var replies: [DC09Frame] = []
            var iterator = inbound.makeAsyncIterator()
            for frame in frames {
                try await outbound.write(frame)
                guard let reply = try await iterator.next() else { throw PanelError.closed }
                replies.append(try reply.result.get())
            }
            return replies
        }
    }

    /// Waits until the receiver closes the connection; returns whether it did.
    func waitForClose() async throws -> Bool {
        try await channel.executeThenClose { inbound, _ in
            for try await _ in inbound {}
            return true
        }
    }
}

enum PanelError: Error {
    case closed
}
