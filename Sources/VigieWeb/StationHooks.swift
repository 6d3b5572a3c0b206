import VigieCore

/// What the web side needs from the rest of the station, passed in so that VigieWeb depends on no receiver code.
public struct StationHooks: Sendable {
    /// The receivers' current status, for `GET /api/v1/receivers`.
    public var receivers: @Sendable () -> [ReceiverStatus]
    /// The station's own health checks for `/healthz` (ingest, receivers, lease); the store is checked by the web side.
    public var health: @Sendable () -> [HealthCheck]
    /// The demo's simulated traffic (`vigie demo`), `nil` on a real station.
    public var demoTraffic: DemoTrafficSwitch?
    /// The demo's fake cameras, served on the console's port (`vigie demo`); `nil` on a real station.
    public var demoCameras: DemoCameraRoutes?
    /// The relay of cameras' live pictures (ffmpeg); `nil`: no live view.
    public var liveRelay: (any LiveVideoRelay)?

    public init(
        receivers: @escaping @Sendable () -> [ReceiverStatus] = { [] },
        health: @escaping @Sendable () -> [HealthCheck] = { [] }, demoTraffic: DemoTrafficSwitch? = nil, demoCameras: DemoCameraRoutes? = nil,
        liveRelay: (any LiveVideoRelay)? = nil
    ) {
        self.receivers = receivers
        self.health = health
        self.demoTraffic = demoTraffic
        self.demoCameras = demoCameras
        self.liveRelay = liveRelay
    }
}
