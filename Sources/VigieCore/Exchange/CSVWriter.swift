import Foundation

/// Writes rows as CSV (RFC 4180, `\r\n` line ends), quoting only the cells that need it.
public enum CSVWriter {
    public static func text(header: [String], rows: [[String]], delimiter: Character = ",") -> String {
        ([header] + rows).map { row in row.map { quoted($0, delimiter: delimiter) }.joined(separator: String(delimiter)) + "\r\n" }
            .joined()
    }

    private static func quoted(_ cell: String, delimiter: Character) -> String {
        guard
            cell.contains(where: { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
                || cell.first == " " || cell.last == " "
        else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
