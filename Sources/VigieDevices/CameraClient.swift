import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import VigieCore
import VigieProtocols

/// Asks cameras and recorders for snapshots over HTTP (async-http-client), answering their challenge: Digest when the
/// device offers it (RFC 7616, the strongest of its challenges), else Basic. A device that does not answer within the
/// timeout, answers something other than a JPEG, or more than the size limit, gives a ``SnapshotError``.
public struct CameraClient: Sendable {
    let http: HTTPClient
    public var timeout: Duration
    public var maximumBytes: Int

    public init(http: HTTPClient = .shared, timeout: Duration = .seconds(5), maximumBytes: Int = 8 * 1024 * 1024) {
        self.http = http
        self.timeout = timeout
        self.maximumBytes = maximumBytes
    }

    /// One JPEG from `device`.
    public func snapshot(of device: Device) async throws(SnapshotError) -> Data {
        guard let address = device.snapshotAddress else { throw .noSnapshotAddress }
        let deadline = NIODeadline.now() + .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000)
        var response = try await get(address, authorization: nil, deadline: deadline)
        if response.status == .unauthorized {
            guard let username = device.username,
                let authorization = Self.authorization(
                    answering: response.headers["WWW-Authenticate"], username: username, password: device.password ?? "", target: address)
            else { throw .unauthorized }
            response = try await get(address, authorization: authorization, deadline: deadline)
            if response.status == .unauthorized { throw .unauthorized }
        }
        guard response.status == .ok else { throw .httpStatus(Int(response.status.code)) }
        let type = response.headers.first(name: "Content-Type") ?? ""
        let body: ByteBuffer
        do {
            body = try await response.body.collect(upTo: maximumBytes)
        } catch is NIOTooManyBytesError {
            throw .tooLarge(bytes: maximumBytes)
        } catch {
            throw failure(error)
        }
        // A JPEG starts with its SOI marker, whatever the header says; an HTML login page does not.
        guard body.readableBytesView.starts(with: [0xFF, 0xD8, 0xFF]) else { throw .notAJPEG(contentType: type) }
        return Data(body.readableBytesView)
    }

    private func get(_ address: URL, authorization: String?, deadline: NIODeadline) async throws(SnapshotError) -> HTTPClientResponse {
        var request = HTTPClientRequest(url: address.absoluteString)
        request.headers.add(name: "Accept", value: "image/jpeg")
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        do {
            return try await http.execute(request, deadline: deadline)
        } catch {
            throw failure(error)
        }
    }

    /// The credentials answering a 401: Digest if any challenge is Digest, else Basic if offered.
    static func authorization(answering challenges: [String], username: String, password: String, target: URL) -> String? {
        if let challenge = try? DigestChallenge.strongest(in: challenges) {
            let uri = target.path.isEmpty ? "/" : target.path + (target.query.map { "?\($0)" } ?? "")
            return DigestAuthorization(
                answering: challenge, username: username, password: password, method: "GET", uri: uri, cnonce: DigestAuthorization.newClientNonce()
            ).header
        }
        guard challenges.contains(where: { $0.lowercased().hasPrefix("basic") }) else { return nil }
        return "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }

    private func failure(_ error: any Error) -> SnapshotError { Self.failure(error, timeout: timeout) }

    static func failure(_ error: any Error, timeout: Duration = .seconds(5)) -> SnapshotError {
        if let client = error as? HTTPClientError, client == .deadlineExceeded || client == .readTimeout || client == .connectTimeout {
            return .timedOut(seconds: Int(timeout.components.seconds))
        }
        return .unreachable("\(error)")
    }
}
