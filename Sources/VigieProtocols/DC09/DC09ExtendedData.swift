/// One `[x…]` extended-data block: a letter and its value, kept exactly as received.
///
/// Unknown letters (`[E115000]`, `[$P…]`) and repeated letters are kept, never rejected
/// (protocols.md §1.10). ``name`` gives the DC-09 meaning of the standard letters.
public struct DC09ExtendedData: Hashable, Sendable {
    /// The identifying character, for example `M` for a MAC address.
    public var letter: Character
    /// The value after the letter, up to the closing `]`.
    public var value: String

    public init(letter: Character, value: String) {
        self.letter = letter
        self.value = value
    }

    /// The DC-09 name of the letter (`dc09_xdata_fields.csv`), or `nil` for a non-standard letter.
    public var name: String? { Self.names[letter] }

    static let names: [Character: String] = [
        "A": "Authentication Hash", "C": "Supervision Category", "G": "Network Path",
        "H": "Time of Occurrence", "I": "Alarm Text", "J": "JSON Data", "K": "Encryption Key",
        "L": "Location", "M": "MAC Address", "N": "Network Address", "O": "Building Name",
        "P": "Programming Data", "R": "Room", "S": "Site Name", "T": "Alarm Trigger",
        "V": "Verification", "X": "Longitude", "Y": "Latitude", "Z": "Altitude",
    ]

    /// The `[H…]` time of occurrence, when this block is one and is well formed.
    public var timeOfOccurrence: DC09Timestamp? {
        letter == "H" ? DC09Timestamp(wire: value) : nil
    }
}
