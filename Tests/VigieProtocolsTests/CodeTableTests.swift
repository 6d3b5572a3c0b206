import Foundation
import Testing
import VigieCore
import VigieProtocols

/// The generated tables hold every row of the research CSV files, each classified.
@Suite struct CodeTableTests {
    /// Rows of a simple CSV file (quoted fields with commas supported).
    static func rows(_ name: String) throws -> [[String]] {
        let text = String(decoding: try TestSupport.researchData(name), as: UTF8.self)
        var rows: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            var fields: [String] = []
            var field = ""
            var quoted = false
            for character in line {
                if character == "\"" {
                    quoted.toggle()
                } else if character == ",", !quoted {
                    fields.append(field)
                    field = ""
                } else {
                    field.append(character)
                }
            }
            fields.append(field)
            rows.append(fields)
        }
        return rows
    }

    @Test func everySIACodeIsPresentAndClassified() throws {
        let rows = try Self.rows("sia_dc03_event_codes.csv")
        #expect(rows.count == 325)
        #expect(SIACodeTable.all.count == rows.count)
        for row in rows {
            let info = try #require(SIACodeTable.info(for: row[0]))
            #expect(info.name == row[1])
            #expect(info.category != .unknown)
            #expect(info.isVendorCode == row[4].contains("vendor"))
        }
    }

    @Test func everyContactIDCodeIsPresentAndClassified() throws {
        let rows = try Self.rows("contact_id_event_codes.csv")
        #expect(ContactIDCodeTable.all.count == rows.count)
        for row in rows {
            let info = try #require(ContactIDCodeTable.info(for: Int(row[0]) ?? -1))
            if !row[1].isEmpty { #expect(info.name == row[1]) }
            for qualifier in EventQualifier.allCases { #expect(info.category(for: qualifier) != .unknown) }
        }
    }

    @Test(arguments: [
        ("BA", EventCategory.burglary, EventQualifier.alarm), ("BR", .burglary, .restore), ("FA", .fire, .alarm),
        ("FH", .fire, .restore), ("HA", .holdUp, .alarm), ("PA", .panic, .alarm), ("MA", .medical, .alarm),
        ("TA", .tamper, .alarm), ("TR", .tamper, .restore), ("RP", .supervision, .status), ("OP", .opening, .status),
        ("CL", .closing, .status), ("BB", .bypass, .alarm), ("BU", .bypass, .restore), ("AT", .technical, .alarm),
        ("AR", .technical, .restore), ("GA", .environmental, .alarm), ("ND", .duress, .alarm), ("JY", .info, .status),
    ])
    func classifiesCommonSIACodes(code: String, category: EventCategory, qualifier: EventQualifier) throws {
        let info = try #require(SIACodeTable.info(for: code))
        #expect(info.category == category && info.qualifier == qualifier)
    }

    @Test(arguments: [
        (100, EventCategory.medical), (101, .medical), (102, .loneWorker), (103, .medical), (110, .fire), (120, .panic), (121, .duress),
        (122, .holdUp), (130, .burglary), (137, .tamper), (151, .environmental), (301, .technical), (350, .technical), (401, .opening),
        (570, .bypass), (602, .supervision), (627, .info),
    ])
    func classifiesCommonContactIDCodes(code: Int, category: EventCategory) throws {
        #expect(try #require(ContactIDCodeTable.info(for: code)).category(for: .alarm) == category)
    }

    @Test func unknownLookupsReturnNil() {
        #expect(SIACodeTable.info(for: "QQ") == nil)
        #expect(SIACodeTable.info(for: "B") == nil)
        #expect(SIACodeTable.info(for: "ba") == nil)
        #expect(ContactIDCodeTable.info(for: 999) == nil)
        #expect(ContactIDCodeTable.info(for: -1) == nil)
        #expect(ContactIDCodeTable.info(for: 1000) == nil)
    }
}
