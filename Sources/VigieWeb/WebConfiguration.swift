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
    /// The station's own time zone: every screen shows station time with this zone, and a site's local time beside
    /// it where the site's zone differs (DESIGN, "What a person reads").
    public var stationTimeZone = "Europe/Paris"
    /// Folder of the console's static files; `nil` uses the copy bundled in the executable.
    public var publicDirectory: String?
    /// The station's alarm rules, for what operators' actions change (a duress word raises the alarm to hold-up).
    public var alarmPolicy: AlarmPolicy
    /// Silence after which the live stream sends a keep-alive comment.
    public var liveKeepAlive: Duration = .seconds(15)
    /// Batches of new entries (up to 100 each) a console's live stream may have waiting; a console further behind
    /// is cut and told to reload when it reconnects.
    public var liveBufferBatches = 16
    /// A connection must send its first request head within this time (against slowloris).
    public var requestHeadTimeout: Duration
    /// HTTP connections beyond this are closed at once; `vigie serve` lowers it to fit the open-file limit.
    public var maximumConnections = 1024
    /// A connection with no request in progress is closed after this long; a live stream being written is never cut.
    public var idleTimeout: Duration
    /// Where the station's images and clips are (``MediaLibrary``); `nil`: a `media` folder in the working directory.
    public var mediaDirectory: String?
    /// When cameras may be watched live: for an alarm, until this long after its latest event.
    public var liveViewWindow = LiveViewWindow()
    /// Live views open at once, over all operators.
    public var maximumLiveViews = 8

    public init(
        host: String = "127.0.0.1", port: Int = 8080, sessions: SessionPolicy = SessionPolicy(), bcryptCost: UInt8 = 12,
        metricsToken: String? = nil, publicDirectory: String? = nil,
        alarmPolicy: AlarmPolicy = AlarmPolicy(), requestHeadTimeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(60)
    ) {
        self.host = host
        self.port = port
        self.sessions = sessions
        self.bcryptCost = bcryptCost
        self.metricsToken = metricsToken
        self.publicDirectory = publicDirectory
        self.alarmPolicy = alarmPolicy
        self.requestHeadTimeout = requestHeadTimeout
        self.idleTimeout = idleTimeout
    }
}
