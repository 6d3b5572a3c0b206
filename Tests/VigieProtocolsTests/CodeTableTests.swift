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

    /// Every code of both tables carries the French name of event_code_names_fr.csv, and that name is Vigie's own
    /// wording, not the English left in place.
    @Test func everyCodeHasItsFrenchNameFromTheFixture() throws {
        let rows = try Self.rows("event_code_names_fr.csv")
        #expect(rows.count == SIACodeTable.all.count + ContactIDCodeTable.all.count)
        var named: Set<String> = []
        for row in rows {
            named.insert(row[0] + "/" + row[1])
            switch row[0] {
            case "sia":
                #expect(try #require(SIACodeTable.info(for: row[1])).frenchName == row[2])
            case "contactID":
                let info = try #require(ContactIDCodeTable.info(for: Int(row[1]) ?? -1))
                #expect(info.frenchName == row[2])
                #expect(info.frenchEventText == (row[3].isEmpty ? nil : row[3]))
                #expect(info.frenchRestoreText == (row[4].isEmpty ? nil : row[4]))
            default:
                Issue.record("unknown format \(row[0])")
            }
        }
        let names =
            SIACodeTable.all.map { ("sia/" + $0.code, $0.name, $0.frenchName) }
            + ContactIDCodeTable.all.map { ("contactID/" + String($0.code), $0.name, $0.frenchName) }
        for (key, english, french) in names {
            #expect(named.contains(key), "\(key) has no row in event_code_names_fr.csv")
            #expect(!french.isEmpty && french != english, "\(key): \(french)")
            #expect(french.first?.isUppercase == true, "\(key): \(french)")
        }
    }

    @Test(arguments: [
        ("BA", "Alarme intrusion"), ("BR", "Retour au calme intrusion"), ("FA", "Alarme incendie"), ("HA", "Agression"),
        ("AT", "Panne secteur"), ("AR", "Retour secteur"), ("TA", "Autoprotection"), ("CL", "Mise en service"),
        ("OP", "Mise hors service"), ("RP", "Test cyclique"), ("YT", "Batterie basse"), ("BB", "Zone intrusion exclue"),
    ])
    func namesCommonSIACodesInFrench(code: String, french: String) throws {
        #expect(try #require(SIACodeTable.info(for: code)).frenchName == french)
    }

    /// The French text of a Contact ID event follows its qualifier as the English one does.
    @Test(arguments: [
        (102, EventQualifier.alarm, "Défaut de signalement (PTI)", "Fail To Report In"),
        (102, .restore, "Signalement reçu (PTI)", "Fail To Report In Restore"),
        (130, .restore, "Fin d'alarme intrusion", "Burglary Restore"),
        (302, .restore, "Fin de batterie basse", "Low System Battery Restore"),
        (301, .restore, "Retour secteur", "AC Loss Restore"),
        (137, .status, "Autoprotection (état)", "Tamper (Status)"),
        (401, .alarm, "Mise hors service", "O/C By"),
        (401, .restore, "Mise en service", "O/C By"),
        (408, .restore, "Mise en service rapide", "Quick Arm"),
        (358, .alarm, "Échec du test cyclique", "Periodic Comm Test Fail"),
        (358, .restore, "Test cyclique rétabli", "Periodic Comm Test Restore"),
    ])
    func describesContactIDEventsInFrench(code: Int, qualifier: EventQualifier, french: String, english: String) throws {
        let info = try #require(ContactIDCodeTable.info(for: code))
        #expect(info.frenchDescription(for: qualifier) == french)
        #expect(info.description(for: qualifier) == english)
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
