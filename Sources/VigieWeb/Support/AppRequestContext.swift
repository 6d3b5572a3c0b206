import Foundation
import Hummingbird
import NIOCore
import VigieCore

/// The per-request context: Hummingbird's core storage plus who is signed in.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``SessionMiddleware`` when the request carries a valid session cookie.
    public var signedIn: SignedIn?
    /// The client's IP address (without its port), what sign-in throttling counts by; `unknown` when the
    /// connection has none (a test channel).
    public let peerAddress: String

    public init(source: Source) {
        self.coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Responses use the API's JSON conventions (ISO 8601 dates with milliseconds, sorted keys).
    public var responseEncoder: JSONEncoder { VigieJSON.encoder() }
    public var requestDecoder: JSONDecoder { VigieJSON.decoder() }

    /// The signed-in user, or a 401.
    public func requireUser() throws -> SignedIn {
        guard let signedIn else { throw APIError.unauthenticated }
        return signedIn
    }
}

/// The user and session of an authenticated request.
public struct SignedIn: Sendable {
    public var user: User
    public var session: UserSession

    public var author: Author { Author(user) }
}
