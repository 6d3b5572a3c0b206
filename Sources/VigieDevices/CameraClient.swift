import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization
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
        let (data, type) = try await fetch(address, username: device.username, password: device.password)
        // A JPEG starts with its SOI marker, whatever the header says; an HTML login page does not.
        guard data.starts(with: [0xFF, 0xD8, 0xFF]) else { throw .notAJPEG(contentType: type) }
        return data
    }

    /// The image or clip at a device's verification address (DC-09 `[V]`); credentials in the address (`user:pw@`)
    /// answer its challenge and are not sent otherwise.
    /// - Returns: the bytes and their content type (`image/…` or `video/…`).
    public func medium(at address: URL) async throws(SnapshotError) -> (data: Data, contentType: String) {
        var components = URLComponents(url: address, resolvingAgainstBaseURL: false)
        let username = components?.user
        let password = components?.password
        components?.user = nil
        components?.password = nil
        guard let bare = components?.url, ["http", "https"].contains(bare.scheme?.lowercased()) else { throw .noSnapshotAddress }
        let (data, type) = try await fetch(bare, username: username, password: password)
        guard let kind = MediumKind(contentType: type) else { throw .notAJPEG(contentType: type) }
        if kind == .image, !(data.starts(with: [0xFF, 0xD8, 0xFF]) || data.starts(with: [0x89, 0x50, 0x4E, 0x47])) {
            throw .notAJPEG(contentType: type)
        }
        return (data, type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? type)
    }

    /// Opens the device's event stream (Hikvision `/ISAPI/Event/notification/alertStream`) and hands each part's body
    /// to `part` as it comes, until the stream ends, fails, or stays silent for `silence` (the device's keep-alives
    /// count); the connection itself must answer within ``timeout``.
    public func events(of device: Device, silence: Duration, part: ([UInt8]) async throws -> Void) async throws {
        guard let address = URL(string: "\(device.https ? "https" : "http")://\(device.host)/ISAPI/Event/notification/alertStream") else {
            throw SnapshotError.noSnapshotAddress
        }
        let response = try await withDeadline(timeout, "the event stream of \(device.name)") {
            try await opened(address, username: device.username, password: device.password, deadline: .seconds(86_400))
        }
        let type = MIMEContentType(header: response.headers.first(name: "Content-Type"))
        guard type.isMultipart, let boundary = type.parameters["boundary"] else { throw SnapshotError.notAJPEG(contentType: type.value) }
        var reader = MultipartStreamReader(boundary: boundary)
        let heard = LastHeard()
        try await withThrowingTaskGroup(of: Void.self) { group in
            // A silent stream (no event, no keep-alive) is a lost one: the watchdog ends the read.
            group.addTask {
                while true {
                    try await Task.sleep(for: silence / 4)
                    if heard.silence > silence { throw SnapshotError.timedOut(seconds: Int(silence.components.seconds)) }
                }
            }
            for try await buffer in response.body {
                heard.now()
                for body in try reader.append(Array(buffer.readableBytesView)) { try await part(body) }
            }
            group.cancelAll()
        }
    }

    /// GET `address`, answering one 401 with the credentials; the response with its body still to read.
    private func opened(_ address: URL, username: String?, password: String?, deadline: Duration) async throws -> HTTPClientResponse {
        var response = try await get(address, authorization: nil, timeout: deadline)
        if response.status == .unauthorized {
            guard let username,
                let authorization = Self.authorization(
                    answering: response.headers["WWW-Authenticate"], username: username, password: password ?? "", target: address)
            else { throw SnapshotError.unauthorized }
            response = try await get(address, authorization: authorization, timeout: deadline)
            if response.status == .unauthorized { throw SnapshotError.unauthorized }
        }
        guard response.status == .ok else { throw SnapshotError.httpStatus(Int(response.status.code)) }
        return response
    }

    /// GET `address`, answering one 401 with the device's credentials, all of it (both requests and the body) within
    /// ``timeout``: a device that sends its head and then trickles the body is cut off like one that never answers.
    private func fetch(_ address: URL, username: String?, password: String?) async throws(SnapshotError) -> (Data, String) {
        do {
            return try await withDeadline(timeout, "a request to \(address.host ?? "a device")") {
                try await exchange(address, username: username, password: password)
            }
        } catch let error as SnapshotError {
            throw error
        } catch {
            throw failure(error)
        }
    }

    private func exchange(_ address: URL, username: String?, password: String?) async throws -> (Data, String) {
        let response = try await opened(address, username: username, password: password, deadline: timeout)
        let type = response.headers.first(name: "Content-Type") ?? ""
        do {
            let body = try await response.body.collect(upTo: maximumBytes)
            return (Data(body.readableBytesView), type)
        } catch is NIOTooManyBytesError {
            throw SnapshotError.tooLarge(bytes: maximumBytes)
        }
    }

    private func get(_ address: URL, authorization: String?, timeout: Duration) async throws -> HTTPClientResponse {
        var request = HTTPClientRequest(url: address.absoluteString)
        request.headers.add(name: "Accept", value: "image/jpeg, image/*, video/*")
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        return try await http.execute(request, timeout: .seconds(timeout.components.seconds))
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

    /// A transport failure as the alarm reads it: too slow, or unreachable with why.
    private func failure(_ error: any Error) -> SnapshotError {
        if error is DeadlineExceeded { return .timedOut(seconds: Int(timeout.components.seconds)) }
        if let client = error as? HTTPClientError, client == .deadlineExceeded || client == .readTimeout || client == .connectTimeout {
            return .timedOut(seconds: Int(timeout.components.seconds))
        }
        return .unreachable("\(error)")
    }
}

/// When a stream last gave bytes, for its silence watchdog.
private final class LastHeard: Sendable {
    private let instant = Mutex(ContinuousClock.now)

    func now() {
        instant.withLock { $0 = .now }
    }

    var silence: Duration { instant.withLock { ContinuousClock.now - $0 } }
}
