import Foundation

extension LogbookDraft {
    /// An entry about `alarm`: its site and id, and details that carry the alarm's title in each language beside
    /// the facts, so that a console renders the entry in its own language (the summary stays as written).
    public init<Facts: Encodable>(about alarm: Alarm, kind: LogbookKind, author: Author, summary: String, details facts: Facts) {
        self.init(
            kind: kind, author: author, siteID: alarm.siteID, alarmID: alarm.id, summary: summary,
            details: AlarmEntryDetails(facts: facts, alarmTitles: alarm.wording))
    }

    /// An entry about `alarm` with no facts beyond its title.
    public init(about alarm: Alarm, kind: LogbookKind, author: Author, summary: String) {
        self.init(about: alarm, kind: kind, author: author, summary: summary, details: [String: String]())
    }
}

/// The facts of an entry about an alarm, with `alarmTitles` added beside them (the facts' own keys stay where a
/// reader of earlier entries expects them).
struct AlarmEntryDetails<Facts: Encodable>: Encodable {
    var facts: Facts
    var alarmTitles: Wording

    private enum Key: String, CodingKey { case alarmTitles }

    func encode(to encoder: any Encoder) throws {
        try facts.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(alarmTitles, forKey: .alarmTitles)
    }
}
