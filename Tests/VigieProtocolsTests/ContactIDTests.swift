import Testing
import VigieCore
import VigieProtocols

@Suite struct ContactIDTests {
    @Test(arguments: [
        ("123418113101015", "1234181131010158"), ("123418140101001", "1234181401010018"),
        ("123418160200000", "1234181602000002"), ("123418360200000", "123418360200000F"),
        ("123418340101005", "1234183401010052"),
    ])
    func computesTheChecksumOfTheReferenceMessages(body: String, full: String) throws {
        let message = try ContactIDMessage(parsing: full)
        #expect(message.body == body)
        #expect(message.description == full)
    }

    @Test func readsTheSpacedPrintedForm() throws {
        let message = try ContactIDMessage(parsing: "1234 18 1 131 01 015 8")
        #expect(message.account == "1234" && message.messageType == "18")
        let event = message.event.decoded
        #expect(event.code == "131" && event.category == .burglary && event.qualifier == .alarm)
        #expect(event.zone == "015" && event.partition == "01")
    }

    @Test(arguments: [
        ("1234181131010157", ContactIDError.badChecksum), ("123418113101015", .badLength(15)),
        ("12341811310101X8", .malformedField("digit")), ("1234281131010157", .malformedField("messageType")),
        ("A23418113101015E", .malformedField("account")),
    ])
    func refusesBadMessages(text: String, error: ContactIDError) {
        #expect(throws: error) { try ContactIDMessage(parsing: text) }
    }

    @Test func refusesABadQualifierEvenWithAGoodChecksum() {
        let event = ContactIDEvent(qualifier: .alarm, code: "131", group: "01", zoneOrUser: "015")
        let body = Array(ContactIDMessage(account: "1234", event: event).body.utf8)
        var changed = body
        changed[6] = 0x32  // qualifier 2 (siadc09's NEWRESTORE), checksum recomputed
        let text = String(decoding: changed, as: UTF8.self)
        let sum = changed.reduce(0) { $0 + ($1 == 0x30 ? 10 : Int($1 - 0x30)) }
        let digit = 15 - sum % 15
        let full = text + (digit == 10 ? "0" : digit > 10 ? String(Character(Unicode.Scalar(UInt8(0x41 + digit - 10)))) : String(digit))
        #expect(throws: ContactIDError.malformedField("qualifier")) { try ContactIDMessage(parsing: full) }
    }

    @Test func readsADMCIDData() throws {
        let spaced = try ContactIDEvent(parsing: "1130 01 005")
        #expect(try ContactIDEvent(parsing: "113001005") == spaced)
        #expect(try ContactIDEvent(parsing: "1130 01 005  ") == spaced)
        #expect(spaced.admCIDText == "1130 01 005")
        #expect(try ContactIDEvent(parsing: "6602 00 000").decoded.qualifier == .status)
    }

    @Test(arguments: [
        ("1130 01 00", ContactIDError.badLength(10)), ("4130 01 005", .malformedField("qualifier")),
        ("1A30 01 005", .malformedField("code")), ("1130-01-005", .malformedField("separator")),
        ("1130 0x 005", .malformedField("group")), ("1130 01 00x", .malformedField("zone")),
    ])
    func refusesBadADMCIDData(text: String, error: ContactIDError) {
        #expect(throws: error) { try ContactIDEvent(parsing: text) }
    }

    @Test func openCloseCodesFollowTheQualifier() throws {
        let opening = try ContactIDEvent(parsing: "1401 01 003").decoded
        #expect(opening.category == .opening && opening.user == "003" && opening.zone == nil)
        let closing = try ContactIDEvent(parsing: "3401 01 003").decoded
        #expect(closing.category == .closing && closing.description == "O/C By")
        #expect(try ContactIDEvent(parsing: "1121 01 004").decoded.category == .duress)
        #expect(try ContactIDEvent(parsing: "3130 01 004").decoded.description == "Burglary Restore")
        #expect(try ContactIDEvent(parsing: "3901 00 001").decoded.description == "Download End")
        #expect(try ContactIDEvent(parsing: "6130 01 004").decoded.description == "Burglary (Status)")
    }

    @Test func describesEventsInFrenchByQualifier() throws {
        let missed = try ContactIDEvent(parsing: "1102 01 003").decoded
        #expect(missed.description == "Fail To Report In" && missed.frenchDescription == "Défaut de signalement (PTI)")
        let reported = try ContactIDEvent(parsing: "3102 01 003").decoded
        #expect(reported.description == "Fail To Report In Restore" && reported.frenchDescription == "Signalement reçu (PTI)")
        #expect(try ContactIDEvent(parsing: "3130 01 004").decoded.frenchDescription == "Fin d'alarme intrusion")
        #expect(try ContactIDEvent(parsing: "1401 01 003").decoded.frenchDescription == "Mise hors service")
        #expect(try ContactIDEvent(parsing: "3401 01 003").decoded.frenchDescription == "Mise en service")
        #expect(try ContactIDEvent(parsing: "3901 00 001").decoded.frenchDescription == "Fin de téléchargement")
        #expect(try ContactIDEvent(parsing: "6130 01 004").decoded.frenchDescription == "Alarme intrusion (état)")
    }

    @Test func unknownCodesAreUnknownNotErrors() throws {
        let event = try ContactIDEvent(parsing: "1999 00 000").decoded
        #expect(event.category == .unknown && event.description == "Unknown Contact ID code 999")
        #expect(event.frenchDescription == "Code Contact ID inconnu 999")
        #expect(try ContactIDEvent(parsing: "1B30 00 000").decoded.category == .unknown)
    }

    @Test func errorsHaveReasons() {
        #expect(ContactIDError.badChecksum.reason == "badChecksum")
        #expect(ContactIDError.badLength(3).reason == "badLength")
        #expect(ContactIDError.malformedField("zone").reason == "malformedField(zone)")
        #expect(ContactIDError.badLength(3).description.contains("3"))
    }
}
