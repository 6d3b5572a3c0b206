import Foundation
import PostgresNIO

/// Where the PostgreSQL store lives, read from a `postgres://user:password@host:port/database` URL.
///
/// Query parameters: `sslmode` (`disable`, `prefer` (default) or `require`), `host` (a directory holding the
/// server's Unix socket, as with libpq) and `schema` (default `public`; the tests give each store its own).
public struct PostgresStoreSettings: Sendable {
    public var client: PostgresClient.Configuration
    /// The schema holding Vigie's tables; also names the notification channel, so that stores in two schemas
    /// of one database do not wake each other.
    public var schema: String {
        didSet { client.options.additionalStartupParameters = Self.startupParameters(schema: schema) }
    }

    /// - Throws: ``PostgresURLError`` when the URL is not a usable PostgreSQL URL.
    public init(url text: String) throws {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw PostgresURLError(reason: "expected postgres://user:password@host:port/database")
        }
        let parameters = Dictionary(
            (components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        let username = components.percentEncodedUser?.removingPercentEncoding ?? "postgres"
        let password = components.percentEncodedPassword?.removingPercentEncoding
        let database = components.path.count > 1 ? String(components.path.dropFirst()) : username
        let port = components.port ?? 5432
        if let socketDirectory = parameters["host"], socketDirectory.hasPrefix("/") {
            client = .init(unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: username, password: password, database: database)
        } else {
            client = .init(
                host: components.host ?? "localhost", port: port, username: username, password: password, database: database,
                tls: try Self.tls(parameters["sslmode"] ?? "prefer"))
        }
        schema = parameters["schema"] ?? "public"
        guard schema.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }), !schema.isEmpty, schema.count <= 48 else {
            throw PostgresURLError(reason: "schema must be lower-case letters, digits and '_'")
        }
        client.options.additionalStartupParameters = Self.startupParameters(schema: schema)
        client.options.connectionIdleTimeout = .seconds(30)
    }

    /// Every connection works in the schema, so the SQL never names it. The server checks every second that the
    /// client is still there while a query runs (PostgreSQL 14+): a write cut at its deadline (its connection
    /// closed) must not leave a backend waiting on a lock, holding the locks the panel's retry needs.
    private static func startupParameters(schema: String) -> [(String, String)] {
        [("search_path", schema), ("client_connection_check_interval", "1000")]
    }

    /// The channel every node listens on and every logbook write notifies.
    var channel: String { "vigie_changes_\(schema)" }

    private static func tls(_ mode: String) throws -> PostgresClient.Configuration.TLS {
        switch mode {
        case "disable": return .disable
        case "prefer", "allow": return .prefer(.makeClientConfiguration())
        case "require", "verify-ca", "verify-full": return .require(.makeClientConfiguration())
        default: throw PostgresURLError(reason: "sslmode must be disable, prefer or require")
        }
    }
}

/// A database URL the PostgreSQL store cannot use, and why (without the URL, which may hold a password).
public struct PostgresURLError: Error, CustomStringConvertible {
    public var reason: String

    public var description: String { "cannot use the PostgreSQL database URL: \(reason)" }
}
