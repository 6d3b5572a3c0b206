import Foundation
import Hummingbird
import Logging
import NIOCore
import Synchronization
import VigieWeb

/// A camera on loopback that speaks HTTP as real ones do: the demo's Digest-protected snapshots
/// (``DemoCameraRoutes``), plus the answers of misbehaving devices: an HTML login page, a Basic-only camera, one that
/// never answers in time, one that answers and then trickles its body.
struct FakeCamera {
    static let html = "/login.html"
    static let basic = "/basic.jpg"
    static let slow = "/slow.jpg"
    static let trickle = "/trickle.jpg"

    /// Runs the camera around `body`, which gets its `host:port`.
    static func run<Result: Sendable>(_ body: @Sendable (String) async throws -> Result) async throws -> Result {
        let router = Router(context: AppRequestContext.self)
        DemoCameraRoutes().addRoutes(to: router)
        router.get(RouterPath(html)) { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html"], body: .init(byteBuffer: ByteBuffer(string: "<html>login</html>")))
        }
        router.get(RouterPath(basic)) { request, _ in
            let expected = "Basic " + Data("\(DemoCameraRoutes.username):\(DemoCameraRoutes.password)".utf8).base64EncodedString()
            guard request.headers[.authorization] == expected else {
                return Response(status: .unauthorized, headers: [.wwwAuthenticate: "Basic realm=\"cam\""])
            }
            return Response(status: .ok, headers: [.contentType: "image/jpeg"], body: .init(byteBuffer: ByteBuffer(bytes: [0xFF, 0xD8, 0xFF, 0xD9])))
        }
        // Answers at once, then sends its JPEG a byte every two seconds.
        router.get(RouterPath(trickle)) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "image/jpeg"],
                body: ResponseBody { writer in
                    for byte: UInt8 in [0xFF, 0xD8, 0xFF, 0xD9] {
                        try await writer.write(ByteBuffer(bytes: [byte]))
                        try await Task.sleep(for: .seconds(2))
                    }
                    try await writer.finish(nil)
                })
        }
        router.get(RouterPath(slow)) { _, _ in
            try await Task.sleep(for: .seconds(5))
            return Response(status: .ok)
        }
        let port = Mutex<CheckedContinuation<Int, Never>?>(nil)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in port.withLock { $0?.resume(returning: channel.localAddress?.port ?? 0) } },
            logger: Logger(label: "fake-camera"))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            let bound = await withCheckedContinuation { continuation in
                port.withLock { $0 = continuation }
                group.addTask { try await app.runService() }
            }
            defer { group.cancelAll() }
            return try await body("127.0.0.1:\(bound)")
        }
    }
}
