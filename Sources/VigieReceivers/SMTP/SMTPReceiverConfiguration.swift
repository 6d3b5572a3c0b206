/// The SMTP receiver of camera alarm e-mails: where it listens and what it accepts.
public struct SMTPReceiverConfiguration: Sendable {
    /// Stored with each signal and shown in the receiver status.
    public var name: String
    public var host: String
    /// Default 2525; `vigie serve --smtp-port 0` turns the receiver off.
    public var port: Int
    /// The name the station gives in its greeting and `EHLO` reply.
    public var domain: String
    /// A message larger than this is refused (`552`) and recorded without its body. Cameras send a few images or a
    /// short clip; 25 MB is what common mail servers accept.
    public var maximumMessageBytes: Int
    /// Recipients per message: an e-mail names one camera or site, a few at most.
    public var maximumRecipients: Int = 20
    /// When set, a client must authenticate (`AUTH PLAIN` or `AUTH LOGIN`) with this account before `MAIL`; when
    /// not, `AUTH` is offered and any account is accepted, since cameras configured to log in insist on it.
    public var credentials: SMTPCredentials?
    /// A connection silent this long is closed.
    public var idleTimeout: Duration = .seconds(60)
    /// Connections beyond this number are refused at once (`421`).
    public var maximumConnections: Int = 1000
    /// Commands refused in a row after which the connection is closed: a client that speaks no SMTP gets no open line.
    public var maximumConsecutiveErrors: Int = 10
    /// Refused messages and recipients stored per source and minute, and over all; the others are answered and counted.
    var refused = RefusedFrameSampler<String>.Limits()

    public init(
        name: String = "smtp", host: String = "0.0.0.0", port: Int = 2525, domain: String = "vigie", maximumMessageBytes: Int = 25 * 1024 * 1024,
        credentials: SMTPCredentials? = nil
    ) {
        self.name = name
        self.host = host
        self.port = port
        self.domain = domain
        self.maximumMessageBytes = maximumMessageBytes
        self.credentials = credentials
    }
}

/// The account cameras log in with when the station requires one.
public struct SMTPCredentials: Sendable, Hashable {
    public var username: String
    public var password: String

    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}
