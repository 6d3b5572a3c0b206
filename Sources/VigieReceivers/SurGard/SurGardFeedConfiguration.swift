/// Where a hardware receiver's automation output is, and how long its silence is tolerated.
public struct SurGardFeedConfiguration: Sendable {
    /// Name stored with each signal and shown in the receiver status (`surgard-1`).
    public var name: String
    /// The receiver's address: Vigie connects to its automation port, as automation software does.
    public var host: String
    /// SG-System III/5 automation port, 1025 by default.
    public var port: Int
    /// The receiver sends a heartbeat about every 30 s; after this long without any line it is reported down.
    public var heartbeatTimeout: Duration
    /// Wait between reconnection attempts.
    public var reconnectDelay: Duration

    public init(
        name: String = "surgard", host: String, port: Int = 1025, heartbeatTimeout: Duration = .seconds(90),
        reconnectDelay: Duration = .seconds(5)
    ) {
        self.name = name
        self.host = host
        self.port = port
        self.heartbeatTimeout = heartbeatTimeout
        self.reconnectDelay = reconnectDelay
    }
}
