import Foundation
import Testing
import VigieCore

/// Each entity names every invalid field, with the rule it broke.
@Suite struct EntityValidationTests {
    private func fields(_ validate: () throws -> Void) -> [String] {
        do {
            try validate()
            return []
        } catch let error as ValidationError {
            return error.fields.map(\.field)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    private let siteID = UUID()

    @Test func transmitterAccountsAndKeys() {
        #expect(fields { try Transmitter(siteID: siteID, account: "4F21").validate() } == [])
        #expect(fields { try Transmitter(siteID: siteID, account: "12").validate() } == ["account"])
        #expect(fields { try Transmitter(siteID: siteID, account: "12345678901234567").validate() } == ["account"])
        #expect(fields { try Transmitter(siteID: siteID, account: "4G21").validate() } == ["account"])
        #expect(fields { try Transmitter(siteID: siteID, account: "1234", receiver: "R1").validate() } == ["receiver"])
        for key in ["000102030405060708090A0B0C0D0E0F", String(repeating: "ab", count: 24), String(repeating: "CD", count: 32)] {
            let transmitter = Transmitter(siteID: siteID, account: "1234", aesKey: key)
            #expect(fields { try transmitter.validate() } == [])
            #expect(transmitter.aesKeyBytes?.count == key.count / 2)
        }
        #expect(fields { try Transmitter(siteID: siteID, account: "1234", aesKey: "00010203").validate() } == ["aesKey"])
        #expect(fields { try Transmitter(siteID: siteID, account: "1234", aesKey: String(repeating: "zz", count: 16)).validate() } == ["aesKey"])
        let ascii = Transmitter(siteID: siteID, account: "1234", aesKey: "MaCleSecrete1234", keyFormat: .ascii)
        #expect(fields { try ascii.validate() } == [])
        #expect(ascii.aesKeyBytes == Array("MaCleSecrete1234".utf8))
    }

    @Test func siteAddressesCoordinatesAndTimeZones() {
        let address = PostalAddress(street: "12 rue de la République", postalCode: "69002", city: "Lyon")
        #expect(fields { try Site(customerID: UUID(), name: "Pharmacie", address: address).validate() } == [])
        var bad = Site(customerID: UUID(), name: "", address: PostalAddress(street: "", postalCode: "6900", city: "Lyon", country: "fr"))
        bad.latitude = 91
        bad.timeZone = "Europe/Lyon"
        bad.responseTimeMinutes = 0
        #expect(
            fields { try bad.validate() } == [
                "name", "address.street", "address.country", "latitude", "longitude", "timeZone", "responseTimeMinutes",
            ])
        var overseas = Site(
            customerID: UUID(), name: "Agence Cayenne",
            address: PostalAddress(street: "1 av. Charles de Gaulle", postalCode: "97300", city: "Cayenne"))
        overseas.timeZone = "America/Cayenne"
        #expect(fields { try overseas.validate() } == [])
    }

    @Test func contactsNeedAPhoneAndDistinctWords() {
        var contact = Contact(siteID: siteID, callOrder: 1, name: "M. Perrin", phones: [], codeWord: "Chêne", duressWord: "chene")
        #expect(fields { try contact.validate() } == ["phones", "duressWord"])
        contact.phones = [.init(number: "+33 6 12 34 56 78", label: "mobile"), .init(number: "12", label: "bureau")]
        contact.duressWord = "orage"
        #expect(fields { try contact.validate() } == ["phones[1].number"])
    }

    @Test func codeWordChecksIgnoreCaseAccentsAndSpaces() {
        let contact = Contact(
            siteID: siteID, callOrder: 1, name: "Mme Roux", phones: [.init(number: "0612345678", label: "")], codeWord: "Tulipe", duressWord: "Orage")
        #expect(contact.check(word: " TULIPE ") == .correct)
        #expect(contact.check(word: "orâge") == .duress)
        #expect(contact.check(word: "rose") == .wrong)
        let noWords = Contact(siteID: siteID, callOrder: 1, name: "X", phones: [.init(number: "0612345678", label: "")])
        #expect(noWords.check(word: "") == .wrong)
    }

    @Test func proceduresCheckScopeAndSteps() {
        let good = Procedure(scope: .station, category: .fire, title: "Incendie", steps: [.init(kind: .callPublicService, publicService: .fire)])
        #expect(fields { try good.validate() } == [])
        let bad = Procedure(
            scope: .site, category: .burglary, title: "Intrusion",
            steps: [.init(kind: .instruction), .init(kind: .callPublicService), .init(kind: .callback, publicService: .police)])
        #expect(fields { try bad.validate() } == ["scopeID", "steps[0].text", "steps[1].publicService", "steps[2].publicService"])
    }

    @Test func schedulesAndTemporaryInstructions() {
        let schedule = OpeningSchedule(
            siteID: siteID, periods: [.init(weekday: 8, opens: "8:30", closes: "19:30"), .init(weekday: 1, opens: "19:30", closes: "08:30")],
            toleranceMinutes: 300, closedDates: ["2026-12-25", "2026-02-30"])
        #expect(
            fields { try schedule.validate() } == [
                "toleranceMinutes", "periods[0].weekday", "periods[0].opens", "periods[1].closes", "closedDates[1]",
            ])
        let now = Date()
        let instruction = TemporaryInstruction(siteID: siteID, text: "Travaux verrière", validFrom: now, validUntil: now, suppressedZones: [12, -1])
        #expect(fields { try instruction.validate() } == ["validUntil", "suppressedZones[1]"])
        let camera = UUID()
        let mute = TemporaryInstruction(
            siteID: siteID, text: "Caméra en sourdine", validFrom: now, validUntil: now.addingTimeInterval(3600),
            suppressedDevices: Array(repeating: camera, count: 101))
        #expect(fields { try mute.validate() } == ["suppressedDevices"])
    }

    /// An instruction stored before devices could be muted reads back with none muted.
    @Test func anInstructionStoredWithoutDevicesMutesNone() throws {
        let stored = """
            {"id":"\(UUID())","siteID":"\(siteID)","text":"Travaux","validFrom":"2026-11-24T08:00:00Z","validUntil":"2026-11-25T08:00:00Z",
            "suppressedZones":[2]}
            """
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let instruction = try decoder.decode(TemporaryInstruction.self, from: Data(stored.utf8))
        #expect(instruction.suppressedZones == [2] && instruction.suppressedDevices.isEmpty)
    }

    @Test func usersAndPasswords() {
        #expect(fields { try User(username: "karim.b", displayName: "Karim", role: .operator).validate() } == [])
        #expect(fields { try User(username: "Karim B", displayName: "", role: .operator).validate() } == ["username", "displayName"])
        #expect(fields { try User.validate(password: "court") } == ["password"])
        #expect(fields { try User.validate(password: String(repeating: "é", count: 40)) } == ["password"])
        #expect(Role.admin.includes(.supervisor) && Role.supervisor.includes(.operator) && !Role.operator.includes(.supervisor))
    }
}
