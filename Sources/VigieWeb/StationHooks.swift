import VigieCore

/// What the web side needs from the rest of the station, passed in so that VigieWeb depends on no receiver code.
public struct StationHooks: Sendable {
    /// The receivers' current status, for `GET /api/v1/receivers`.
    public var receivers: @Sendable () -> [ReceiverStatus]
    /// Called after any successful configuration change, so caches (accounts, keys, supervision) reload.
    public var configurationChanged: @Sendable () -> Void

    public init(receivers: @escaping @Sendable () -> [ReceiverStatus] = { [] }, configurationChanged: @escaping @Sendable () -> Void = {}) {
        self.receivers = receivers
        self.configurationChanged = configurationChanged
    }
}
