import VigieProtocols

/// One virtual panel: the account it reports, how it writes events, its AES key if it encrypts, what kind of
/// device it is, and the opening hours its users keep.
public struct SimulatedPanel: Sendable, Equatable {
    /// Which event format the panel's data blocks use.
    public enum Format: String, Sendable, Hashable {
        /// SIA DC-03 data in `SIA-DCS` frames (`#4F21|Nri1/BA003`).
        case sia
        /// Contact ID data in `ADM-CID` frames (`#4F21|1130 01 003`).
        case contactID
    }

    public var account: String
    public var key: DC09Key?
    public var format: Format
    /// The `R` receiver number (omitted when `nil`) and the `L` line, as the panel is programmed.
    public var receiver: String?
    public var line: String
    /// What the device sends: an alarm panel's whole mix, or a dead-man device's tests and missed check-ins.
    public var role: Role
    /// When the site is open, for an alarm panel whose users disarm at opening time and arm at closing time;
    /// `nil` for sites occupied at any hour (homes, the station), whose occupants come and go at random.
    public var openingHours: OpeningHours?

    public init(
        account: String, key: DC09Key? = nil, format: Format = .sia, receiver: String? = "1", line: String = "1", role: Role = .alarmPanel,
        openingHours: OpeningHours? = nil
    ) {
        self.account = account
        self.key = key
        self.format = format
        self.receiver = receiver
        self.line = line
        self.role = role
        self.openingHours = openingHours
    }

    /// `count` panels numbered in hex from `base` (`%04X`), as a load generator needs them.
    public static func numbered(_ count: Int, from base: Int = 0x1000, key: DC09Key? = nil) -> [SimulatedPanel] {
        (0..<count).map { index in
            let number = String(base + index, radix: 16, uppercase: true)
            return SimulatedPanel(account: String(repeating: "0", count: max(0, 4 - number.count)) + number, key: key)
        }
    }
}
