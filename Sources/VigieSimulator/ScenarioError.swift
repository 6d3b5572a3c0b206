/// Why a scenario file was refused, precise enough to fix it: entry number, line and field.
public struct ScenarioError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based position of the entry in the array, when the error is about one entry.
    public var entry: Int?
    /// 1-based line where the entry starts.
    public var line: Int?
    public var field: String?
    public var reason: String

    public init(entry: Int?, line: Int?, field: String?, reason: String) {
        self.entry = entry
        self.line = line
        self.field = field
        self.reason = reason
    }

    public var description: String {
        var location: [String] = []
        if let line { location.append("line \(line)") }
        if let entry { location.append("entry \(entry)") }
        if let field { location.append("field \"\(field)\"") }
        return "scenario" + (location.isEmpty ? "" : " " + location.joined(separator: ", ")) + ": " + reason
    }
}
