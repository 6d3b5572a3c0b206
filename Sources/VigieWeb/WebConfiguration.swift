import VigieCore

/// The HTTP side of the station.
public struct WebConfiguration: Sendable {
    /// Address to listen on; `127.0.0.1` keeps the console local, `0.0.0.0` opens it to the control room.
    public var host: String
    public var port: Int
    public var sessions: SessionPolicy
    /// Bcrypt cost of new password hashes.
    public var bcryptCost: UInt8
    /// Bearer token for Prometheus scrapes of `/metrics`; without one, `/metrics` needs a supervisor session.
    public var metricsToken: String?
    /// Folder of the console's static files; `nil` uses the copy bundled in the executable.
    public var publicDirectory: String?
    /// The station's alarm rules, for what operators' actions change (a duress word raises the alarm to hold-up).
    public var alarmPolicy: AlarmPolicy
    /// Silence after which the live stream sends a keep-alive comment.
    public var liveKeepAlive: Duration = .seconds(15)

    public init(
        host: String = "127.0.0.1", port: Int = 8080, sessions: SessionPolicy = SessionPolicy(), bcryptCost: UInt8 = 12,
        metricsToken: String? = nil, publicDirectory: String? = nil,
        alarmPolicy: AlarmPolicy = AlarmPolicy()
    ) {
        self.host = host
        self.port = port
        self.sessions = sessions
        self.bcryptCost = bcryptCost
        self.metricsToken = metricsToken
        self.publicDirectory = publicDirectory
        self.alarmPolicy = alarmPolicy
    }
}
