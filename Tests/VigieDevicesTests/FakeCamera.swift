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

    /// Runs the camera around `body`, which gets its `host:port`; with `alerts`, it also serves a Hikvision
    /// `alertStream` that the test opens and closes.
    static func run<Result: Sendable>(alerts: AlertStream? = nil, _ body: @Sendable (String) async throws -> Result) async throws -> Result {
        let router = Router(context: AppRequestContext.self)
        if let alerts { alerts.addRoute(to: router) }
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

extension FakeCamera {
    /// A Hikvision `alertStream`: while open, one line-crossing alert then a `videoloss`/`inactive` keep-alive every
    /// 100 ms; closed, it ends the stream and answers `503`.
    final class AlertStream: Sendable {
        static let path = "/ISAPI/Event/notification/alertStream"
        private let state = Mutex(true)

        var isOpen: Bool {
            get { state.withLock { $0 } }
            set { state.withLock { $0 = newValue } }
        }

        static func alert(type: String, state: String) -> String {
            """
            --boundary\r
            Content-Type: application/xml; charset="UTF-8"\r
            \r
            <EventNotificationAlert version="2.0" xmlns="http://www.hikvision.com/ver20/XMLSchema"><channelID>1</channelID>\
            <dateTime>2026-12-04T21:13:05+01:00</dateTime><eventType>\(type)</eventType><eventState>\(state)</eventState>\
            <eventDescription>\(type) alarm</eventDescription></EventNotificationAlert>\r

            """
        }

        func addRoute(to router: Router<AppRequestContext>) {
            router.get(RouterPath(Self.path)) { [self] _, _ in
                guard isOpen else { return Response(status: .serviceUnavailable) }
                return Response(
                    status: .ok, headers: [.contentType: "multipart/mixed; boundary=boundary"],
                    body: ResponseBody { [self] writer in
                        try await writer.write(ByteBuffer(string: Self.alert(type: "linedetection", state: "active")))
                        while isOpen {
                            try await Task.sleep(for: .milliseconds(100))
                            try await writer.write(ByteBuffer(string: Self.alert(type: "videoloss", state: "inactive")))
                        }
                        try await writer.finish(nil)
                    })
            }
        }
    }
}
