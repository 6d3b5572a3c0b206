import Testing
import VigieCore
import VigieProtocols

@Suite struct SIADataBlockTests {
    @Test func readsSeveralEventsWithModifiers() throws {
        let block = try SIADataBlock(parsing: "#1234|Nri1/id7/ti12:30/pi3/BA05/BA06/CL501")
        #expect(block.account == "1234")
        #expect(block.events.map(\.code) == ["BA", "BA", "CL"])
        #expect(block.events.map(\.partition) == ["1", "1", "1"])
        #expect(block.events[0].zone == "05" && block.events[1].zone == "06")
        #expect(block.events[0].modifiers == ["ti": "12:30", "pi": "3"])
        // CL is addressed to a user, but id already names one: the address stays the zone.
        #expect(block.events[2].user == "7" && block.events[2].zone == "501")
        #expect(block.events[2].category == .closing && block.events[2].qualifier == .status)
    }

    @Test func putsUserAndAreaAddressesInTheirFields() throws {
        let block = try SIADataBlock(parsing: "#1234|NOP3/CA2")
        #expect(block.events[0].user == "3" && block.events[0].zone == nil)
        #expect(block.events[1].partition == "2")
    }

    @Test func readsDescriptorsAndTextBlocks() throws {
        let block = try SIADataBlock(parsing: "#7878|Nri01^TOTAL^/LX901^centrale d'alarme JA-106K(R)^")
        #expect(block.events[0].modifiers["ri.text"] == "TOTAL")
        #expect(block.events[0].text == "centrale d'alarme JA-106K(R)")
        let text = try SIADataBlock(parsing: "NRR|Atest")
        #expect(text.text == "test" && text.events[0].text == "test" && text.lacksAccount)
    }

    @Test func acceptsCodesWithoutSlashesAndWithoutFunctionCode() throws {
        #expect(try SIADataBlock(parsing: "#123456|Nri1CL0^VX FRONTE ^").events[0].text == "VX FRONTE ")
        #expect(try SIADataBlock(parsing: "Nri1BA5").events[0].zone == "5")
        #expect(try SIADataBlock(parsing: "#1|BA05FA03").events.map(\.code) == ["BA", "FA"])
        #expect(try SIADataBlock(parsing: "#1|NA01").events[0].code == "NA")
        #expect(try SIADataBlock(parsing: "#1|ri2/BA1").events[0].partition == "2")
    }

    @Test func marksOldEventsAndReadsFurtherBlocks() throws {
        let block = try SIADataBlock(parsing: "#1|OBA1|Nri2/FA3|E12C|Aafter")
        #expect(block.events[0].isOld && !block.events[1].isOld)
        #expect(block.events[1].partition == "2" && block.events[0].partition == nil)
        #expect(block.text == "after")
    }

    @Test func classifiesUnknownCodesAsUnknown() throws {
        let event = try #require(try SIADataBlock(parsing: "#1|NQQ99").events.first)
        #expect(event.category == .unknown && event.description == "Unknown SIA code QQ")
        #expect(event.frenchDescription == "Code SIA inconnu QQ")
    }

    @Test func describesKnownCodesInBothLanguages() throws {
        let event = try #require(try SIADataBlock(parsing: "#1|Nri1/BA3").events.first)
        #expect(event.description == "Burglary Alarm" && event.frenchDescription == "Alarme intrusion" && event.zone == "3")
    }

    @Test(arguments: [
        ("#1234", SIAError.malformed(offset: 0)), ("#1|N12", .malformed(offset: 3)), ("#1|NBA1^text", .malformed(offset: 7)),
        ("#1|", .empty), ("", .empty), ("#1|Nri1", .empty), ("#1|NBA1!", .malformed(offset: 7)),
        ("#1|Nb", .malformed(offset: 3)),
    ])
    func refusesMalformedBlocks(text: String, error: SIAError) {
        #expect(throws: error) { try SIADataBlock(parsing: text) }
    }

    @Test func errorsHaveReasons() {
        #expect(SIAError.malformed(offset: 3).reason == "malformedData")
        #expect(SIAError.empty.reason == "emptyData")
        #expect(SIAError.malformed(offset: 3).description.contains("3"))
    }
}
