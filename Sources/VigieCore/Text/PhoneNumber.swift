import Foundation

/// Telephone numbers as an operator meets them: typed in the French national form (`06 71 24 58 93`), shown by
/// caller ID in the international one (`+33 6 71 24 58 93`), or written `0033…`. One number has one E.164 form
/// (`+33671245893`), which is what search compares, and one national form for display.
///
/// The overseas departments dial `0` and nine digits like metropolitan France, but their country codes differ
/// (ITU-T E.164 assignments, ARCEP numbering plan): a Guadeloupe mobile `0690 12 34 56` is `+590 690 12 34 56`.
public enum PhoneNumber {
    /// Country codes of the French numbering plan, by the first three digits of the national number (without
    /// its `0`); everything else is metropolitan (+33).
    private static let overseas: [(prefixes: Set<String>, countryCode: String)] = [
        (["590", "690", "691"], "590"),  // Guadeloupe, Saint-Martin, Saint-Barthélemy
        (["594", "694"], "594"),  // Guyane
        (["596", "696", "697"], "596"),  // Martinique
        (["262", "263", "692", "693", "269", "639"], "262"),  // La Réunion, Mayotte
    ]

    /// The country codes whose national numbers are `0` and nine digits.
    private static let frenchCountryCodes: Set<String> = ["33", "590", "594", "596", "262"]

    /// `+` and the digits, from a French national number (`0` and nine digits), `+…` or `00…`; `nil` for a
    /// short number (`17`, `112`) or anything else that is not a full number.
    public static func e164(_ text: String) -> String? {
        // `+33 (0)6 71…`: the bracketed 0 is the national prefix, not dialled from abroad.
        let cleaned = text.replacingOccurrences(of: "(0)", with: "")
        let digits = String(cleaned.filter(\.isASCIIDigit))
        if cleaned.drop(while: { $0 == " " }).hasPrefix("+") { return international(digits) }
        if digits.hasPrefix("00") { return international(String(digits.dropFirst(2))) }
        guard digits.count == 10, digits.hasPrefix("0") else { return nil }
        let national = digits.dropFirst()
        let code = overseas.first { $0.prefixes.contains(String(national.prefix(3))) }?.countryCode ?? "33"
        return "+" + code + national
    }

    /// `+` and `digits` (country code first), without the national `0` people add after a French code
    /// (`+33 06…`); `nil` when too short or too long for E.164.
    private static func international(_ digits: String) -> String? {
        for code in frenchCountryCodes where digits.hasPrefix(code + "0") && digits.count == code.count + 10 {
            return "+" + code + digits.dropFirst(code.count + 1)
        }
        return (8...15).contains(digits.count) ? "+" + digits : nil
    }

    /// `06 71 24 58 93` for a number of the French plan, `+41 22 555 01 23` as given otherwise; the text itself
    /// when it is not a full number.
    public static func display(_ text: String) -> String {
        guard let e164 = e164(text) else { return text }
        if let national = nationalDigits(e164) {
            return stride(from: 0, to: national.count, by: 2).map { offset in
                let start = national.index(national.startIndex, offsetBy: offset)
                return String(national[start..<national.index(start, offsetBy: 2)])
            }.joined(separator: " ")
        }
        return text
    }

    /// What search compares: the national digits for the French plan (`0671245893`), else the E.164 digits.
    public static func searchDigits(_ text: String) -> String? {
        guard let e164 = e164(text) else { return nil }
        return nationalDigits(e164) ?? String(e164.dropFirst())
    }

    /// Whether a search is a telephone number rather than words: digits with the separators people type, at
    /// least six digits (a postal code has five).
    public static func looksLikeNumber(_ text: String) -> Bool {
        text.allSatisfy { $0.isASCIIDigit || " .-+()".contains($0) } && text.filter(\.isASCIIDigit).count >= 6
    }

    /// `0` and the nine digits of a number of the French plan, from its E.164 form.
    private static func nationalDigits(_ e164: String) -> String? {
        let digits = e164.dropFirst()
        for code in frenchCountryCodes where digits.hasPrefix(code) {
            let national = digits.dropFirst(code.count)
            // +33 numbers are any nine digits; an overseas code must be followed by one of its own prefixes.
            let belongs = code == "33" || overseas.contains { $0.countryCode == code && $0.prefixes.contains(String(national.prefix(3))) }
            if national.count == 9, belongs { return "0" + national }
        }
        return nil
    }
}

extension Character {
    /// `0` to `9` only: `isNumber` also admits other scripts' digits and fractions.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
