/// A text a person reads, in each language the console speaks: French, the station's default, and English.
///
/// The station writes both when something happens (an alarm's title from the code tables, a station problem), so
/// that a French and an English console read the same fact, each in its language. Stored and served as
/// `{"en": "…", "fr": "…"}`; the console picks its language's.
public struct Wording: Codable, Sendable, Hashable {
    public var en: String
    public var fr: String

    public init(en: String, fr: String) {
        self.en = en
        self.fr = fr
    }

    /// The same words in both languages: a name, a number, what a site's own description says.
    public init(both text: String) {
        self.init(en: text, fr: text)
    }

    /// Both languages with `suffix` after them ("Burglary Alarm" + " — zone 3 réserve").
    public func appending(_ suffix: Wording) -> Wording {
        Wording(en: en + suffix.en, fr: fr + suffix.fr)
    }
}
