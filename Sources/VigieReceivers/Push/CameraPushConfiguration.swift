/// The receiver of the events cameras push over HTTP: where it listens and what it accepts.
public struct CameraPushConfiguration: Sendable {
    /// Stored with each signal and shown in the receiver status.
    public var name: String
    public var host: String
    /// Default 8088; `vigie serve --push-port 0` turns the receiver off.
    public var port: Int
    /// A body larger than this is refused (`413`) and recorded without it: an event document and a few images.
    public var maximumBodyBytes: Int
    /// A connection silent this long is closed.
    public var idleTimeout: Duration = .seconds(30)
    /// Refused pushes stored per source and minute, and over all; the others are answered and counted.
    var refused = RefusedFrameSampler<String>.Limits()

    public init(name: String = "push", host: String = "0.0.0.0", port: Int = 8088, maximumBodyBytes: Int = 16 * 1024 * 1024) {
        self.name = name
        self.host = host
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
    }
}
