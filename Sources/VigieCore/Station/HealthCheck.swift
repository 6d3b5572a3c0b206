/// One fact `/healthz` checks about the running station (store readable and writable, ingest committing,
/// receivers listening, work lease), with what a person on call reads when it fails.
public struct HealthCheck: Codable, Sendable, Hashable {
    public var name: String
    public var ok: Bool
    /// "ok", or the reason it is not.
    public var detail: String

    public init(name: String, ok: Bool, detail: String = "ok") {
        self.name = name
        self.ok = ok
        self.detail = detail
    }

    public static func failing(_ name: String, _ reason: String) -> HealthCheck {
        HealthCheck(name: name, ok: false, detail: reason)
    }
}
