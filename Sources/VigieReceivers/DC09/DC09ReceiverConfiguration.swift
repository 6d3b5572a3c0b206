import NIOCore

/// One DC-09 receiver: where it listens and how it protects itself.
public struct DC09ReceiverConfiguration: Sendable {
    /// Name stored with each signal and shown in the receiver status (`dc09`, `dc09-backup`).
    public var name: String
    public var host: String
    /// TCP and UDP on the same port (default 7777).
    public var port: Int
    /// A frame longer than this without its closing CR ends the connection.
    public var maximumFrameLength: Int
    /// A TCP connection silent this long is closed (panels with persistent connections poll well within it).
    public var idleTimeout: Duration
    /// Connections beyond this number are closed at once, so a flood cannot exhaust the station. `vigie serve`
    /// lowers it to fit the open-file limit, less a reserve for the database and HTTP (see `DescriptorBudget`).
    public var maximumConnections: Int
    /// Connections from one IP address beyond this number are closed at once: one host cannot hold the cap in
    /// idle sockets. Generous, as panels behind a mobile carrier's NAT share an address.
    public var maximumConnectionsPerAddress: Int = 1000
    /// A connection that has sent no frame this long after opening is closed: a panel sends within seconds.
    public var firstFrameTimeout: Duration = .seconds(30)
    /// Consecutive refused frames (NAK) after which a connection is closed, once they are answered: a panel
    /// whose key or clock is wrong gets its NAKs, garbage does not get an open line.
    public var maximumConsecutiveBadFrames: Int = 5
    /// UDP frames waiting for their commit beyond this number are dropped unanswered (and counted), so a
    /// flood of datagrams costs bounded memory; frames of unknown accounts may hold half of it.
    public var maximumDatagramsInFlight: Int
    /// Accepted clock skew of encrypted frames (DC-09: 40 s behind, 20 s ahead).
    public var maximumAge: Int64
    public var maximumAdvance: Int64
    /// The budgets of bad UDP frames per source and over all sources (the defaults; tests set their own).
    var badFrames = BadFrameBudget<SocketAddress>.Limits()
    /// How many refused frames are stored per source and minute, and over all (the defaults; tests set their own).
    var refusedFrames = RefusedFrameSampler<String>.Limits()

    public init(
        name: String = "dc09", host: String = "0.0.0.0", port: Int = 7777, maximumFrameLength: Int = 4106,
        idleTimeout: Duration = .seconds(300), maximumConnections: Int = 20_000, maximumAge: Int64 = 40, maximumAdvance: Int64 = 20,
        maximumDatagramsInFlight: Int = 4096
    ) {
        self.name = name
        self.host = host
        self.port = port
        self.maximumFrameLength = maximumFrameLength
        self.idleTimeout = idleTimeout
        self.maximumConnections = maximumConnections
        self.maximumAge = maximumAge
        self.maximumAdvance = maximumAdvance
        self.maximumDatagramsInFlight = maximumDatagramsInFlight
    }
}
