/// Who sent a frame, as the receiver's configuration knows transmitters: used to pick the key.
///
/// A receiver looks up the key by account, optionally narrowed by line (account prefix) and
/// receiver number, then falls back to a per-port default (protocols.md §1.16 step 4).
public struct DC09AccountQuery: Hashable, Sendable {
    /// The `#` account as received (without `#`).
    public var account: String
    /// The `L` account prefix as received, if any.
    public var line: String?
    /// The `R` receiver number as received, if any.
    public var receiver: String?

    public init(account: String, line: String? = nil, receiver: String? = nil) {
        self.account = account
        self.line = line
        self.receiver = receiver
    }
}

/// What the receiver knows about one transmitter that matters to decoding.
public struct DC09AccountProfile: Hashable, Sendable {
    /// The AES key, or `nil` for a transmitter that does not encrypt.
    public var key: DC09Key?
    /// Seconds the panel's clock runs ahead of UTC (for panels that send local time, quirk 11).
    public var clockOffset: Int64

    public init(key: DC09Key? = nil, clockOffset: Int64 = 0) {
        self.key = key
        self.clockOffset = clockOffset
    }
}
