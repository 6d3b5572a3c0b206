/// Why a Sur-Gard automation line could not be read.
public enum SurGardError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The first character names a protocol Vigie does not read (for example `6` BFSK or `8` Ademco High Speed).
    case unsupportedFormat(String)
    /// The line does not match its protocol's layout; the string names the field.
    case malformedField(String)
    /// More than the maximum line length arrived without a DC4 terminator.
    case lineTooLong(Int)

    /// A stable identifier of the failure.
    public var reason: String {
        switch self {
        case .unsupportedFormat: "unsupportedFormat"
        case .malformedField(let field): "malformedField(\(field))"
        case .lineTooLong: "lineTooLong"
        }
    }

    public var description: String {
        switch self {
        case .unsupportedFormat(let format): "unsupported Sur-Gard format \(format.debugDescription)"
        case .malformedField(let field): "malformed Sur-Gard field: \(field)"
        case .lineTooLong(let count): "Sur-Gard line too long: \(count) bytes without DC4"
        }
    }
}
