import VigieCore

/// What the web side needs from the rest of the station, passed in so that VigieWeb depends on no receiver code.
public struct StationHooks: Sendable {
    /// The receivers' current status, for `GET /api/v1/receivers`.
    public var receivers: @Sendable () -> [ReceiverStatus]
    /// The station's own health checks for `/healthz` (ingest, receivers, lease); the store is checked by the web side.
    public var health: @Sendable () -> [HealthCheck]

    public init(
        receivers: @escaping @Sendable () -> [ReceiverStatus] = { [] },
        health: @escaping @Sendable () -> [HealthCheck] = { [] }
    ) {
        self.receivers = receivers
        self.health = health
    }
}
