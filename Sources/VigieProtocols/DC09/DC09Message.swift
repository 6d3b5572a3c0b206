/// A DC-09 frame to send: a reply built by ``DC09Reply`` or a panel message for a simulator.
///
/// ``DC09FrameEncoder`` turns it into bytes. Text fields are written exactly as given, so an
/// ACK built from a received ``DC09Frame`` echoes the panel's spelling.
public struct DC09Message: Hashable, Sendable {
    /// The ID token.
    public var token: DC09Token
    /// Whether to encrypt (`*` token, AES payload); the encoder then needs a key and a timestamp.
    public var isEncrypted: Bool
    /// The 4-character sequence number.
    public var sequence: String
    /// The `R` receiver number (without `R`), omitted when `nil`.
    public var receiver: String?
    /// The `L` account prefix (without `L`), omitted when `nil`.
    public var line: String?
    /// The `#` account (without `#`); `nil` writes the NAK placeholder `A0`.
    public var account: String?
    /// The data block between `[` and `]`, for example `#1234|Nri1/BA05`.
    public var data: String
    /// `[x…]` extended-data blocks.
    public var extendedData: [DC09ExtendedData]
    /// The timestamp, required when encrypted.
    public var timestamp: DC09Timestamp?
    /// How to write the CRC.
    public var crcFormat: DC09CRCFormat

    public init(
        token: DC09Token, isEncrypted: Bool = false, sequence: String, receiver: String? = nil, line: String? = "0",
        account: String?, data: String = "", extendedData: [DC09ExtendedData] = [], timestamp: DC09Timestamp? = nil,
        crcFormat: DC09CRCFormat = .ascii
    ) {
        self.token = token
        self.isEncrypted = isEncrypted
        self.sequence = sequence
        self.receiver = receiver
        self.line = line
        self.account = account
        self.data = data
        self.extendedData = extendedData
        self.timestamp = timestamp
        self.crcFormat = crcFormat
    }
}
