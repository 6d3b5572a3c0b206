import Foundation
import Testing
import VigieCore
import VigieProtocols

/// One entry of `dc09_test_vectors.json`.
struct DC09Vector: Decodable, Sendable, CustomTestStringConvertible {
    var source: String
    var frame: String
    var crcOK: Bool
    var lenOK: Bool
    var keyHex: String?
    var decryptedLatin1: String?
    var expect: [String: JSONValue]

    enum CodingKeys: String, CodingKey {
        case source, frame, expect
        case crcOK = "crc_ok"
        case lenOK = "len_ok"
        case keyHex = "key_hex"
        case decryptedLatin1 = "decrypted_latin1"
    }

    var testDescription: String { frame.debugDescription.prefix(60) + "…" }

    static func all() throws -> [DC09Vector] {
        try JSONDecoder().decode([DC09Vector].self, from: TestSupport.researchData("dc09_test_vectors.json"))
    }
}

/// Enough of JSON to read the `expect` objects.
enum JSONValue: Decodable, Sendable {
    case string(String)
    case number(Double)
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    subscript(key: String) -> String? {
        if case .object(let object) = self { return object[key]?.string }
        return nil
    }
}

@Suite struct DC09VectorTests {
    static let vectors: [DC09Vector] = (try? DC09Vector.all()) ?? []

    @Test func vectorFileIsComplete() {
        #expect(Self.vectors.count == 31)
    }

    @Test(arguments: vectors)
    func decodesAsTheVectorSays(vector: DC09Vector) throws {
        let key = vector.keyHex.flatMap { DC09Key(hex: $0) }
        let options = TestSupport.options(key: key)
        if !vector.lenOK {
            // The one non-conformant length (Eldes, decimal) is tolerated only when allowed.
            var strict = options
            strict.acceptsDecimalLength = false
            #expect(throws: DC09Error.badLength(declared: 0x47, actual: 47)) {
                try TestSupport.decode(vector.frame, options: strict)
            }
        }
        if vector.frame.contains("*SIA-DCS\"0472") {
            // Ajax capture whose key was never published: refused without a key, as a receiver must.
            #expect(throws: DC09Error.noKey) { try TestSupport.decode(vector.frame, options: options) }
            return
        }
        let frame = try TestSupport.decode(vector.frame, options: options)
        try check(frame, against: vector.expect)
        if let plaintext = vector.decryptedLatin1 {
            #expect(frame.isEncrypted)
            let tail = plaintext.split(separator: "|", maxSplits: 1).last.map(String.init) ?? ""
            if let timestamp = frame.timestamp { #expect(plaintext.hasSuffix("_\(timestamp)")) }
            #expect(tail.hasPrefix(frame.data) || frame.data.isEmpty)
        }
    }

    private func check(_ frame: DC09Frame, against expect: [String: JSONValue]) throws {
        if let id = expect["id"]?.string { #expect(frame.token.text == id) }
        if let seq = expect["seq"]?.string { #expect(frame.sequence == seq) }
        if let rcvr = expect["rcvr"]?.string { #expect(frame.receiver?.uppercased() == rcvr) }
        if let pref = expect["pref"]?.string { #expect(frame.line == pref) }
        if let acct = expect["acct"]?.string { #expect(frame.account == acct) }
        if let data = expect["data"]?.string { #expect(frame.data == data) }
        if let timestamp = expect["timestamp"]?.string { #expect(frame.timestamp?.description == timestamp) }
        if case .object(let xdata)? = expect["xdata"] {
            for (letter, value) in xdata {
                #expect(frame.extendedData.contains { String($0.letter) == letter && $0.value == value.string })
            }
        }
        if let sia = expect["sia"] {
            let event = try #require(frame.events.first)
            #expect(frame.dataAccount == sia["acct"])
            #expect(event.code == sia["code"])
            #expect(event.zone == sia["zone"])
            #expect(event.qualifier == .alarm)
        }
        if let cid = expect["cid"] {
            let event = try #require(frame.events.first)
            #expect(event.code == cid["event"])
            #expect(event.partition == cid["group"])
            #expect((event.zone ?? event.user) == cid["zone"])
            let qualifier: EventQualifier = cid["q"] == "1" ? .alarm : cid["q"] == "3" ? .restore : .status
            #expect(event.qualifier == qualifier)
        }
        if let code = expect["code"]?.string { #expect(frame.events.first?.code == code) }
        if let zone = expect["zone"]?.string { #expect(frame.events.first?.zone == zone) }
        if let area = expect["area"]?.string { #expect(frame.events.first?.partition == area) }
        if let areaText = expect["area_text"]?.string { #expect(frame.events.first?.modifiers["ri.text"] == areaText) }
        if let text = expect["text"]?.string { #expect(frame.events.first?.text == text) }
        if let block = expect["text_block"]?.string { #expect(frame.events.first?.text == String(block.dropFirst())) }
        if let plaintext = expect["plaintext"]?.string, let timestamp = frame.timestamp {
            #expect(plaintext.hasSuffix("]_\(timestamp)"))
        }
    }
}
