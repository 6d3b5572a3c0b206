import Testing
import VigieTestSupport

@testable import VigieCore

/// CSV as spreadsheets write it: quotes, line breaks in cells, `;` from French Excel, a byte-order mark.
@Suite struct CSVTableTests {
    @Test func readsQuotedCellsLineBreaksAndLineNumbers() throws {
        let table = try CSVTable(parsing: "id,name,notes\r\n,\"Martel, SARL\",\"dit \"\"le grand\"\"\nsur deux lignes\"\r\n\r\n,Perrin,\n")
        #expect(table.header == ["id", "name", "notes"])
        #expect(table.rows.map(\.line) == [2, 5])
        #expect(table.rows[0].cells == ["", "Martel, SARL", "dit \"le grand\"\nsur deux lignes"])
        #expect(table.rows[1].cells == ["", "Perrin", ""])
    }

    @Test func takesTheSemicolonOfFrenchSpreadsheetsAndIgnoresTheByteOrderMark() throws {
        let table = try CSVTable(parsing: "\u{FEFF}nom;ville\nTabac du Port;Marseille, 2e\n")
        #expect(table.header == ["nom", "ville"])
        #expect(table.rows[0].cells == ["Tabac du Port", "Marseille, 2e"])
    }

    @Test(arguments: [("", 1), ("name\n\"unfinished,x\n", 2)])
    func refusesWhatCannotBeRead(text: String, line: Int) {
        #expect(throws: CSVError.self) { try CSVTable(parsing: text) }
        do {
            _ = try CSVTable(parsing: text)
        } catch {
            #expect(error.line == line)
        }
    }

    @Test func writingThenReadingGivesTheSameCells() throws {
        var random = SplitMix64(seed: 7)
        let alphabet = Array("ab ;,\"\n\r\té€")
        for _ in 0..<200 {
            let rows = (0..<3).map { _ in
                (0..<4).map { _ in String((0..<Int.random(in: 0..<8, using: &random)).map { _ in alphabet.randomElement(using: &random)! }) }
            }
            let header = ["a", "b", "c", "d"]
            for delimiter in [",", ";"] as [Character] {
                let table = try CSVTable(parsing: CSVWriter.text(header: header, rows: rows, delimiter: delimiter))
                let expected = rows.filter { !$0.allSatisfy(\.isEmpty) }
                #expect(table.rows.map(\.cells) == expected)
            }
        }
    }
}
