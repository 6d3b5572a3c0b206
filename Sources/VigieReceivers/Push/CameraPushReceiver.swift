import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import VigieCore

/// The receiver of the events cameras and recorders push over HTTP (docs/video.md): `POST /push/<mailbox>`, where the
/// mailbox names the camera (``Device/mailbox``, as for its e-mails) and the request proves the camera's own account.
/// A Hikvision `EventNotificationAlert` (with its JPEG) or the generic JSON event becomes a signal like a DC-09 frame,
/// its images the alarm's media; `200` is answered only once the signal is durably stored (DESIGN invariant 1), `503`
/// when it could not be, and the camera sends it again.
///
/// Bad input is answered by its status and stored with its reason (sampled per source, like refused frames): an
/// unknown mailbox `404`, a body over the limit `413`, an unreadable one `400` or `415`. A request without valid
/// credentials is answered `401` and not stored: every Digest exchange starts with one.
public final class CameraPushReceiver: Service, Sendable {
    let configuration: CameraPushConfiguration
    let ingest: IngestQueue
    let directory: MailboxDirectory
    let registry: ReceiverRegistry
    let logger: Logger
    let now: @Sendable () -> Date
    let intake: CameraPushIntake
    let authenticator = PushAuthenticator(realm: "Vigie camera push")
    let refusals: RefusalSample
    private let boundPort = BoundPort()

    public init(
        configuration: CameraPushConfiguration, ingest: IngestQueue, directory: MailboxDirectory, library: MediaLibrary,
        registry: ReceiverRegistry, logger: Logger = Logger(label: "vigie.push"), now: @escaping @Sendable () -> Date = Date.init
    ) {
        self.configuration = configuration
        self.ingest = ingest
        self.directory = directory
        self.registry = registry
        self.logger = logger
        self.now = now
        intake = CameraPushIntake(receiverName: configuration.name, library: library)
        refusals = RefusalSample(limits: configuration.refused, receiver: configuration.name, registry: registry)
    }

    /// The port it listens on, once bound (useful when configured with port 0).
    public func port() async -> Int {
        await boundPort.value()
    }

    public func run() async throws {
        let router = Router(context: PushRequestContext.self)
        router.post("push/:mailbox") { request, context in try await self.receive(request, context: context) }
        let name = configuration.name
        let app = Application(
            router: router, server: .http1(configuration: .init(idleTimeout: TimeAmount(configuration.idleTimeout))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Vigie"),
            onServerRunning: { [registry, boundPort, configuration, logger] channel in
                let port = channel.localAddress?.port ?? configuration.port
                boundPort.set(port)
                registry.update(name) {
                    $0.kind = "push"
                    $0.listening = "\(configuration.host):\(port) http"
                    $0.up = true
                }
                logger.info("camera push receiver listening", metadata: ["receiver": "\(name)", "port": "\(port)"])
            }, logger: logger)
        defer { registry.update(name) { $0.up = false } }
        // Run as a service of the station's group (not `runService`, which would answer signals on its own).
        try await app.run()
    }

    private func receive(_ request: Request, context: PushRequestContext) async throws -> Response {
        let mailbox = context.parameters.get("mailbox") ?? ""
        let peer = context.peer
        let receivedAt = now()
        registry.update(configuration.name) {
            $0.frames += 1
            $0.lastFrameAt = receivedAt
        }
        var pushed = CameraPushIntake.Request(
            mailbox: String(mailbox.prefix(64)), contentType: request.headers[.contentType], body: [], peer: peer, receivedAt: receivedAt)
        guard let entry = directory.lookup(mailbox: mailbox) else {
            await refuse(intake.refused(pushed, entry: nil, error: "unknownDevice: no camera has the mailbox \(pushed.mailbox)", status: 404))
            return Self.answer(.notFound, "no camera has the mailbox \(pushed.mailbox)")
        }
        switch authenticator.check(
            authorization: request.headers[.authorization], method: "POST", username: entry.username, password: entry.password)
        {
        case .accepted: break
        case .noAccount:
            return Self.answer(.forbidden, "the camera has no account in Vigie: give it a username and password to authenticate its pushes")
        case .challenge(let challenges):
            var response = Self.answer(.unauthorized, "the camera's account is required")
            for challenge in challenges { response.headers.append(HTTPField(name: .wwwAuthenticate, value: challenge)) }
            return response
        }
        do {
            pushed.body = Array(buffer: try await request.body.collect(upTo: configuration.maximumBodyBytes))
        } catch is NIOTooManyBytesError {
            let limit = configuration.maximumBodyBytes
            await refuse(intake.refused(pushed, entry: entry, error: "bodyTooLarge: the limit is \(limit) bytes", status: 413))
            return Self.answer(.contentTooLarge, "the body exceeds the limit of \(limit) bytes")
        }
        let outcome: CameraPushIntake.Outcome
        do {
            outcome = try intake.outcome(of: pushed, from: entry)
        } catch {
            logger.error("camera push not stored: media not written", metadata: ["error": "\(error)", "peer": "\(peer)"])
            return Self.cannotStore
        }
        switch outcome {
        case .keepAlive:
            return Self.answer(.ok, "alive")
        case .refuse(let draft, let status):
            await refuse(draft)
            return Self.answer(HTTPResponse.Status(code: status), draft.error ?? "refused")
        case .store(let draft):
            do {
                _ = try await ingest.submit(draft)
                return Self.answer(.ok, "stored with \(draft.attachments.count) \(draft.attachments.count == 1 ? "medium" : "media")")
            } catch {
                return Self.cannotStore
            }
        }
    }

    /// Stores a refused push if its source's sample has room; the answer does not wait for it.
    private func refuse(_ draft: SignalDraft) async {
        guard refusals.admits(from: draft.peer) else { return }
        ingest.enqueue(draft) { _ in }
    }

    private static func answer(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    /// The answer to a push the station could not store: the camera sends it again.
    static var cannotStore: Response {
        var response = answer(.serviceUnavailable, "the station cannot store the event now, try again later")
        response.headers[.retryAfter] = "10"
        return response
    }
}
