import Testing
import VigieProtocols

@Suite struct DC09KeyTests {
    @Test(arguments: [16, 24, 32])
    func acceptsTheThreeKeySizes(count: Int) throws {
        let hex = String(repeating: "aB", count: count)
        #expect(try #require(DC09Key(hex: hex)).bitCount == count * 8)
        #expect(try #require(DC09Key(ascii: String(repeating: "k", count: count))).bytes.count == count)
    }

    @Test(arguments: ["", "00", String(repeating: "0", count: 30), String(repeating: "0", count: 33), String(repeating: "g", count: 32)])
    func refusesBadHexKeys(text: String) {
        #expect(DC09Key(hex: text) == nil)
    }

    @Test func refusesBadASCIIKeys() {
        #expect(DC09Key(ascii: "short") == nil)
        #expect(DC09Key(ascii: "0123456789ABCDE\u{7}") == nil)
        #expect(DC09Key(bytes: [UInt8](repeating: 0, count: 20)) == nil)
    }

    @Test func parsesPrefixedAndBareForms() {
        let ascii = DC09Key(ascii: "AAAAAAAAAAAAAAAA")
        #expect(DC09Key(parsing: "hex:41414141414141414141414141414141") == ascii)
        #expect(DC09Key(parsing: "41414141414141414141414141414141") == ascii)
        #expect(DC09Key(parsing: "ascii:AAAAAAAAAAAAAAAA") == ascii)
        #expect(DC09Key(parsing: "AAAAAAAAAAAAAAAA") == ascii)
        #expect(DC09Key(parsing: "hex:AAAAAAAAAAAAAAAA") == nil)
        #expect(DC09Key(parsing: "nonsense") == nil)
    }

    @Test func neverPrintsKeyMaterial() throws {
        let key = try #require(DC09Key(ascii: "secretsecretsecr"))
        #expect(key.description == "DC09Key(AES-128)")
        #expect(!"\(key)".contains("secret"))
    }
}
