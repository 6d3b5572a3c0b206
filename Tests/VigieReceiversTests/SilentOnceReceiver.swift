import NIOCore
import NIOPosix
import Synchronization
import VigieProtocols

/// A fake DC-09 receiver that ignores the first frame it gets (a lost ACK) and ACKs the others,
/// recording every frame, to check that the simulator retransmits as a panel does.
final class SilentOnceReceiver: Sendable {
    let frames = Mutex<[DC09Frame]>([])
    private let server: NIOAsyncChannel<NIOAsyncChannel<DC09DecodedFrame, ByteBuffer>, Never>

    init() async throws {
        server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(DC09FrameDecoder()))
                    return try NIOAsyncChannel<DC09DecodedFrame, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    var port: Int { server.channel.localAddress?.port ?? 0 }

    /// Serves connections until ``stop()``.
    func run() async throws {
        try await withThrowingDiscardingTaskGroup { group in
            try await server.executeThenClose { connections in
                for try await connection in connections {
                    group.addTask { try? await self.serve(connection) }
                }
            }
        }
    }

    func stop() {
        server.channel.close(promise: nil)
    }

    private func serve(_ connection: NIOAsyncChannel<DC09DecodedFrame, ByteBuffer>) async throws {
        try await connection.executeThenClose { inbound, outbound in
            for try await decoded in inbound {
                let frame = try decoded.result.get()
                let isFirst = frames.withLock { frames in
                    frames.append(frame)
                    return frames.count == 1
                }
                if isFirst { continue }
                let ack = DC09Reply.ack(for: frame, now: DC09Timestamp(epochSeconds: 0))
                try await outbound.write(try DC09FrameEncoder().encode(ack))
            }
        }
    }
}
