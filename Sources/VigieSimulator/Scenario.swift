import Foundation
import VigieProtocols

/// A scripted run: which account sends what, and when (seconds after the start).
///
/// The file is a JSON array of `{"at": 0, "account": "4F21", "data": "#4F21|Nri1/BA003", "token": "SIA-DCS"}`;
/// `token` defaults to `SIA-DCS`; `key` (hex AES key), `receiver` and `line` are optional. See docs/simulator.md.
public struct Scenario: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var at: Double
        public var account: String
        public var signal: PanelSignal
        public var key: DC09Key?
        public var receiver: String?
        public var line: String
    }

    public var entries: [Entry]

    /// Parses a scenario file's text.
    /// - Throws: ``ScenarioError`` naming the entry, its line and the field at fault.
    public init(parsing text: String) throws(ScenarioError) {
        let objects: [Any]
        do {
            guard let array = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else {
                throw ScenarioError(entry: nil, line: nil, field: nil, reason: "the scenario must be a JSON array of entries")
            }
            objects = array
        } catch let error as ScenarioError {
            throw error
        } catch {
            throw ScenarioError(entry: nil, line: nil, field: nil, reason: "invalid JSON: \(error.localizedDescription)")
        }
        let lines = Self.elementLines(text)
        entries = try objects.enumerated().map { (index, object) throws(ScenarioError) in
            try Self.entry(object, index: index, line: index < lines.count ? lines[index] : nil)
        }
        entries.sort { $0.at < $1.at }
    }

    /// The accounts in play, each with the key and header of its first entry.
    public var panels: [SimulatedPanel] {
        var seen: [String: SimulatedPanel] = [:]
        var order: [String] = []
        for entry in entries where seen[entry.account] == nil {
            let format: SimulatedPanel.Format = entry.signal.token == .admCID ? .contactID : .sia
            seen[entry.account] = SimulatedPanel(account: entry.account, key: entry.key, format: format, receiver: entry.receiver, line: entry.line)
            order.append(entry.account)
        }
        return order.compactMap { seen[$0] }
    }

    private static func entry(_ object: Any, index: Int, line: Int?) throws(ScenarioError) -> Entry {
        func fail(_ field: String?, _ reason: String) -> ScenarioError {
            ScenarioError(entry: index + 1, line: line, field: field, reason: reason)
        }
        guard let fields = object as? [String: Any] else { throw fail(nil, "an entry must be an object") }
        let known: Set = ["at", "account", "data", "token", "key", "receiver", "line"]
        if let unknown = fields.keys.sorted().first(where: { !known.contains($0) }) { throw fail(unknown, "unknown field") }
        guard let at = (fields["at"] as? NSNumber)?.doubleValue, at >= 0, at.isFinite else {
            throw fail("at", "expected a number of seconds ≥ 0")
        }
        guard let account = fields["account"] as? String, (3...16).contains(account.count), account.allSatisfy(\.isHexDigit) else {
            throw fail("account", "expected 3 to 16 hexadecimal digits")
        }
        let token = DC09Token((fields["token"] as? String) ?? "SIA-DCS")
        guard fields["token"] == nil || fields["token"] is String, !token.isReply else {
            throw fail("token", "expected a panel token such as SIA-DCS, ADM-CID or NULL")
        }
        guard let data = (fields["data"] ?? "") as? String else { throw fail("data", "expected a string") }
        var key: DC09Key?
        if let text = fields["key"] {
            guard let hex = text as? String, let parsed = DC09Key(hex: hex) else { throw fail("key", "expected 32, 48 or 64 hexadecimal digits") }
            key = parsed
        }
        guard let receiver = (fields["receiver"] ?? "1") as? String, let line = (fields["line"] ?? "1") as? String else {
            throw fail(fields["receiver"] is String ? "line" : "receiver", "expected a string of hexadecimal digits")
        }
        return Entry(at: at, account: account, signal: PanelSignal(token: token, data: data), key: key, receiver: receiver, line: line)
    }

    /// The 1-based line on which each top-level array element starts, found by a scan that skips strings.
    static func elementLines(_ text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var expectingElement = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            if [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(byte) { continue }
            if depth == 1, expectingElement, byte != UInt8(ascii: "]") {
                lines.append(line)
                expectingElement = false
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth == 1 { expectingElement = true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ","): if depth == 1 { expectingElement = true }
            default: break
            }
        }
        return lines
    }
}
