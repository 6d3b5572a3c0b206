/// Why Contact ID data could not be read.
public enum ContactIDError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A 16-digit message whose digits do not sum to a multiple of 15.
    case badChecksum
    /// Not the expected number of digits.
    case badLength(Int)
    /// A field holds a character it may not hold.
    case malformedField(String)

    /// A stable identifier of the failure.
    public var reason: String {
        switch self {
        case .badChecksum: "badChecksum"
        case .badLength: "badLength"
        case .malformedField(let field): "malformedField(\(field))"
        }
    }

    public var description: String {
        switch self {
        case .badChecksum: "bad Contact ID checksum"
        case .badLength(let count): "bad Contact ID length: \(count) digits"
        case .malformedField(let field): "malformed Contact ID field: \(field)"
        }
    }
}
