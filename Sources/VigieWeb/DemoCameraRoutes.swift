import Foundation
import HTTPTypes
import Hummingbird
import Synchronization
import VigieCore
import VigieProtocols

/// The demo's cameras (`vigie demo`, and the tests' fake cameras): `GET /demo/cameras/{n}/snapshot.jpg` behind HTTP
/// Digest, as a real camera answers, each request the next of a few test-pattern JPEGs, so that the demo shows
/// snapshots on alarm without any hardware. Mounted only in the demo.
public final class DemoCameraRoutes: Sendable {
    /// The account the demo's devices are configured with.
    public static let username = "demo"
    public static let password = "camera-demo"
    static let realm = "Vigie demo camera"

    private let images: [[UInt8]]
    private let served = Atomic<Int>(0)
    private let nonce = Hex.string((0..<16).map { _ in UInt8.random(in: 0...255) })

    public init() {
        let folder = Bundle.module.url(forResource: "DemoCameras", withExtension: nil)
        images = (1...4).compactMap { number in
            folder.flatMap { try? Data(contentsOf: $0.appendingPathComponent("camera-\(number).jpg")) }.map(Array.init)
        }
    }

    /// The path of camera `number`'s snapshot, as the demo's devices name it.
    public static func snapshotPath(camera number: Int) -> String { "/demo/cameras/\(number)/snapshot.jpg" }

    public func addRoutes(to router: Router<AppRequestContext>) {
        router.get("demo/cameras/:number/snapshot.jpg") { [self] request, context in
            guard let number = context.parameters.get("number").flatMap(Int.init), number > 0, !images.isEmpty else {
                throw APIError.notFound("camera")
            }
            let challenge = DigestChallenge(realm: Self.realm, nonce: nonce)
            guard let header = request.headers[.authorization], let credentials = try? DigestAuthorization(parsing: header),
                credentials.prove(username: Self.username, password: Self.password, method: "GET", answering: challenge)
            else {
                return Response(status: .unauthorized, headers: [.wwwAuthenticate: challenge.header])
            }
            let index = (number + served.wrappingAdd(1, ordering: .relaxed).oldValue) % images.count
            return Response(
                status: .ok, headers: [.contentType: "image/jpeg", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: images[index])))
        }
    }
}
