/// The separator of an exported CSV file: a comma, or a semicolon for the French edition of Excel, which
/// reads commas as decimal marks.
enum CSVDelimiter: String, CaseIterable, Sendable {
    case comma, semicolon

    var character: Character {
        switch self {
        case .comma: ","
        case .semicolon: ";"
        }
    }
}
