import Foundation

/// Reading typed values out of CSV cells, and writing them back, the same way for every column.
enum CellText {
    static func optional(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func required(_ text: String) throws(CellError) -> String {
        guard let value = optional(text) else { throw CellError(.required) }
        return value
    }

    static func int(_ text: String) throws(CellError) -> Int {
        guard let value = Int(try required(text)) else { throw CellError(.wholeNumber) }
        return value
    }

    static func optionalInt(_ text: String) throws(CellError) -> Int? {
        guard optional(text) != nil else { return nil }
        return try int(text)
    }

    /// Accepts a decimal comma, as French spreadsheets write coordinates.
    static func optionalDouble(_ text: String) throws(CellError) -> Double? {
        guard let value = optional(text) else { return nil }
        guard let number = Double(value.replacingOccurrences(of: ",", with: ".")) else { throw CellError(.number) }
        return number
    }

    static func bool(_ text: String) throws(CellError) -> Bool {
        switch optional(text)?.searchFolded {
        case nil, "false", "no", "non", "0", "n": false
        case "true", "yes", "oui", "1", "y", "o": true
        default: throw CellError(.yesOrNo)
        }
    }

    static func choice<Value: RawRepresentable & CaseIterable>(_ text: String, default value: Value? = nil) throws(CellError) -> Value
    where Value.RawValue == String {
        guard let raw = optional(text) else {
            if let value { return value }
            throw CellError(.required)
        }
        guard let choice = Value.allCases.first(where: { $0.rawValue.lowercased() == raw.lowercased() }) else {
            throw CellError(.oneOf(Value.allCases.map(\.rawValue)))
        }
        return choice
    }

    static func date(_ text: String) throws(CellError) -> Date {
        guard let milliseconds = ISO8601.milliseconds(from: try required(text)) else {
            throw CellError(.dateTimeCell)
        }
        return Date(millisecondsSince1970: milliseconds)
    }

    static func number(_ value: Double?) -> String { value.map { String($0) } ?? "" }

    /// `label: value` parts separated by `;` (a contact's phones, a camera's presets), each side trimmed; a part
    /// without `:` has no label.
    static func pairs(_ text: String) -> [(label: String?, value: String)] {
        text.split(separator: ";").compactMap { optional(String($0)) }.map { part in
            guard let colon = part.firstIndex(of: ":") else { return (nil, part) }
            return (
                part[..<colon].trimmingCharacters(in: .whitespaces), part[part.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            )
        }
    }

    /// The cell ``pairs(_:)`` reads back: `mobile: 06 12 34 56 78; bureau: 04 78 00 00 01`.
    static func pairsText(_ pairs: [(label: String, value: String)]) -> String {
        pairs.map { "\($0.label): \($0.value)" }.joined(separator: "; ")
    }
}
