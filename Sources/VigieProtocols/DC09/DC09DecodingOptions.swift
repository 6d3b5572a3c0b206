import Foundation

/// How a receiver decodes DC-09 frames: key lookup, timestamp window, clock and tolerances.
///
/// The defaults suit a receiver with no keys: every quirk that is unambiguous is tolerated.
public struct DC09DecodingOptions: Sendable {
    /// Returns the profile (key, clock offset) of a transmitter, or `nil` if it has none.
    public var accountProfile: @Sendable (DC09AccountQuery) -> DC09AccountProfile?
    /// Seconds a timestamp may lie before the receiver's clock (DC-09 5.5.1.9: 40).
    public var maximumAge: Int64
    /// Seconds a timestamp may lie after the receiver's clock (DC-09 5.5.1.9: 20).
    public var maximumAdvance: Int64
    /// Also apply the window to unencrypted frames that carry a timestamp (off: the standard only requires it when encrypted).
    public var checksUnencryptedTimestamps: Bool
    /// Refuse unencrypted event frames (not replies) for accounts that have a key, so encryption cannot be bypassed.
    public var requiresEncryptionForKeyedAccounts: Bool
    /// Accept a length field written in decimal when the CRC is good and the hex reading is wrong (Eldes).
    public var acceptsDecimalLength: Bool
    /// The receiver's UTC clock, in seconds since 1970.
    public var now: @Sendable () -> Int64

    public init(
        accountProfile: @escaping @Sendable (DC09AccountQuery) -> DC09AccountProfile? = { _ in nil },
        maximumAge: Int64 = 40,
        maximumAdvance: Int64 = 20,
        checksUnencryptedTimestamps: Bool = false,
        requiresEncryptionForKeyedAccounts: Bool = true,
        acceptsDecimalLength: Bool = true,
        now: @escaping @Sendable () -> Int64 = DC09DecodingOptions.systemClock
    ) {
        self.accountProfile = accountProfile
        self.maximumAge = maximumAge
        self.maximumAdvance = maximumAdvance
        self.checksUnencryptedTimestamps = checksUnencryptedTimestamps
        self.requiresEncryptionForKeyedAccounts = requiresEncryptionForKeyedAccounts
        self.acceptsDecimalLength = acceptsDecimalLength
        self.now = now
    }

    /// Options that use one key for every account (the command line's `--key`, a single-panel test rig).
    public static func singleKey(_ key: DC09Key?) -> DC09DecodingOptions {
        DC09DecodingOptions(accountProfile: { _ in key.map { DC09AccountProfile(key: $0) } })
    }

    /// The system's UTC clock.
    public static let systemClock: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970.rounded(.down)) }
}
