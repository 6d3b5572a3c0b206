import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// A bare HTTP/1.0 connection over NIO for `vigie bench live`: it sends one request and hands over the answer's
/// bytes as they arrive, stamped with their arrival time, so the bench measures when a console would see them.
///
/// HTTP/1.0 keeps the stream unchunked (the server frames it by closing), which is all a bench client needs.
struct BenchHTTPConnection: Sendable {
    let channel: any Channel
    private let received: ReceivedBytes

    /// Connects and sends `request` (a complete HTTP/1.0 request, head and body).
    static func open(host: String, port: Int, request: String) async throws -> BenchHTTPConnection {
        let received = ReceivedBytes()
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(ArrivalHandler(received: received)) }
            }
            .connect(host: host, port: port).get()
        try await channel.writeAndFlush(ByteBuffer(string: request))
        return BenchHTTPConnection(channel: channel, received: received)
    }

    /// Everything received so far, each piece with the moment it arrived.
    var pieces: [(at: Date, text: String)] { received.pieces.withLock { $0 } }

    /// The whole answer, once the server has closed the connection.
    func wholeAnswer() async throws -> String {
        try await channel.closeFuture.get()
        return pieces.map(\.text).joined()
    }

    func close() async { try? await channel.close() }

    /// POSTs JSON and returns the session cookie the answer sets.
    static func signIn(host: String, port: Int, username: String, password: String) async throws -> String {
        let body = #"{"username":"\#(username)","password":"\#(password)"}"#
        let request =
            "POST /api/v1/session HTTP/1.0\r\nHost: \(host)\r\nConnection: close\r\nContent-Type: application/json\r\n"
            + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
        let answer = try await open(host: host, port: port, request: request).wholeAnswer()
        guard let line = answer.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("set-cookie:") }),
            let cookie = line.dropFirst("set-cookie:".count).split(separator: ";").first
        else { throw BenchError("sign-in failed: \(answer.prefix(200))") }
        return cookie.trimmingCharacters(in: .whitespaces)
    }
}

/// The bytes of one connection as they arrived; written on the event loop, read by the bench at the end.
final class ReceivedBytes: Sendable {
    let pieces = Mutex<[(at: Date, text: String)]>([])
}

private final class ArrivalHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    let received: ReceivedBytes

    init(received: ReceivedBytes) { self.received = received }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let now = Date()
        let text = String(buffer: unwrapInboundIn(data))
        received.pieces.withLock { $0.append((now, text)) }
    }
}
