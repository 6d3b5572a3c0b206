/// Why a SIA DC-03 data block could not be read.
public enum SIAError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The byte at `offset` (from the start of the data block) does not fit the DC-03 grammar.
    case malformed(offset: Int)
    /// The block holds no event and no text.
    case empty

    /// A stable identifier of the failure.
    public var reason: String {
        switch self {
        case .malformed: "malformedData"
        case .empty: "emptyData"
        }
    }

    public var description: String {
        switch self {
        case .malformed(let offset): "malformed SIA data at offset \(offset)"
        case .empty: "SIA data without event"
        }
    }
}
