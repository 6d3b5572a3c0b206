import Foundation
import Testing
import VigieCore

/// One number, however it is written, is one number: what caller ID shows finds what an administrator typed.
@Suite struct PhoneNumberTests {
    @Test(arguments: [
        ("06 71 24 58 93", "+33671245893"),
        ("0671245893", "+33671245893"),
        ("06.71.24.58.93", "+33671245893"),
        ("+33 6 71 24 58 93", "+33671245893"),
        ("+33 (0)6 71 24 58 93", "+33671245893"),
        ("+33 06 71 24 58 93", "+33671245893"),
        ("0033 6 71 24 58 93", "+33671245893"),
        ("04 78 00 00 01", "+33478000001"),
        ("0690 12 34 56", "+590690123456"),
        ("0594 30 00 00", "+594594300000"),
        ("0696 11 22 33", "+596696112233"),
        ("0262 20 00 00", "+262262200000"),
        ("0639 69 00 00", "+262639690000"),
        ("+41 22 555 01 23", "+41225550123"),
    ])
    func aNumberHasOneInternationalForm(text: String, e164: String) {
        #expect(PhoneNumber.e164(text) == e164)
    }

    @Test(arguments: ["17", "112", "3616", "06 71 24", "+33", "", "appelez-moi", "00 1"])
    func aShortOrIncompleteNumberHasNone(text: String) {
        #expect(PhoneNumber.e164(text) == nil)
    }

    @Test(arguments: [
        ("+33 6 71 24 58 93", "06 71 24 58 93"),
        ("0033671245893", "06 71 24 58 93"),
        ("+590 690 12 34 56", "06 90 12 34 56"),
        ("+41 22 555 01 23", "+41 22 555 01 23"),
        ("17", "17"),
    ])
    func numbersOfTheFrenchPlanAreShownInTheNationalForm(text: String, shown: String) {
        #expect(PhoneNumber.display(text) == shown)
    }

    /// The national form round-trips through E.164 for every prefix of the plan.
    @Test(arguments: ["01", "02", "03", "04", "05", "06", "07", "09", "0590", "0690", "0594", "0596", "0262", "0269", "0692"])
    func theNationalFormRoundTrips(prefix: String) throws {
        let national = prefix + String(repeating: "4", count: 10 - prefix.count)
        let e164 = try #require(PhoneNumber.e164(national))
        #expect(PhoneNumber.searchDigits(e164) == national)
        #expect(PhoneNumber.display(e164).replacingOccurrences(of: " ", with: "") == national)
    }

    /// A search that is a number is one word in the indexed form; words and postal codes stay words.
    @Test(arguments: [
        ("+33 6 71 24 58 93", ["0671245893"]),
        ("0671245893", ["0671245893"]),
        ("71 24 58", ["712458"]),
        ("69200", ["69200"]),
        ("Pharmacie 69200", ["pharmacie", "69200"]),
    ])
    func aSearchForANumberIsOneWord(search: String, words: [String]) {
        #expect(ListQuery(search: search).searchWords == words)
    }

    @Test func aSiteIsFoundByItsPhoneHoweverItIsWritten() {
        let site = Site(
            customerID: UUID(), name: "Pharmacie du Centre",
            address: PostalAddress(street: "1 rue du Test", postalCode: "69200", city: "Vénissieux", country: "FR"), phone: "06 71 24 58 93")
        for search in ["+33 6 71 24 58 93", "0671245893", "06 71 24 58 93"] {
            #expect(ListQuery(search: search).searchWords.allSatisfy(site.searchText.contains))
        }
    }
}
