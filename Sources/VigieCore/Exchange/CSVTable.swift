import Foundation

/// A CSV file read into rows of cells (RFC 4180: quoted cells may hold the delimiter, quotes and line breaks).
///
/// ARCs export from Excel, whose French edition writes `;` where others write `,`: the delimiter is the one of
/// the two that the header line uses. A UTF-8 byte-order mark is ignored.
public struct CSVTable: Sendable, Equatable {
    /// The header cells, as written.
    public var header: [String]
    /// Each data row with the 1-based line number of the file where it starts (the header is line 1).
    public var rows: [(line: Int, cells: [String])]

    public static func == (a: CSVTable, b: CSVTable) -> Bool {
        a.header == b.header && a.rows.map(\.line) == b.rows.map(\.line) && a.rows.map(\.cells) == b.rows.map(\.cells)
    }

    /// - Throws: ``CSVError`` naming the line of an unterminated quote or the absence of a header.
    public init(parsing text: String) throws(CSVError) {
        var characters = Substring(text)
        if characters.first == "\u{FEFF}" { characters = characters.dropFirst() }
        let firstLine = characters.prefix { $0 != "\n" && $0 != "\r\n" }
        let delimiter: Character = firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count ? ";" : ","
        var records = try Self.records(characters, delimiter: delimiter)
        guard !records.isEmpty else { throw CSVError(line: 1, reason: .emptyFile) }
        header = records.removeFirst().cells.map { $0.trimmingCharacters(in: .whitespaces) }
        rows = records.filter { !$0.cells.allSatisfy(\.isEmpty) }
    }

    private static func records(_ text: Substring, delimiter: Character) throws(CSVError) -> [(line: Int, cells: [String])] {
        var records: [(line: Int, cells: [String])] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            if quoted {
                if character == "\"" {
                    if index < text.endIndex, text[index] == "\"" {
                        cell.append("\"")
                        index = text.index(after: index)
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    cell.append(character)
                }
            } else if character == "\"" && cell.isEmpty {
                quoted = true
            } else if character == delimiter {
                cells.append(cell)
                cell = ""
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                cells.append(cell)
                records.append((recordLine, cells))
                cells = []
                cell = ""
                line += 1
                recordLine = line
            } else {
                cell.append(character)
            }
        }
        if quoted { throw CSVError(line: recordLine, reason: .unclosedQuote) }
        if !cell.isEmpty || !cells.isEmpty {
            cells.append(cell)
            records.append((recordLine, cells))
        }
        return records
    }
}

/// A CSV file that cannot be read at all.
public struct CSVError: Error, Sendable, Hashable {
    public var line: Int
    public var reason: Reason
}
