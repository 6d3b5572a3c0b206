import Foundation
import Testing
import VigieCore

/// Issue 26, 1: what a second event does to a site's open alarm, as a table: it joins only an alarm of its own
/// family (``AlarmFamily``); joining, it aggravates the alarm when it is more serious.
@Suite struct AggravationTableTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var open: EventCategory
        var joining: EventCategory
        /// `nil`: the event opens its own alarm (another family); else whether the alarm is aggravated.
        var aggravates: Bool?
        var testDescription: String { "\(joining) after \(open)" }
    }

    static let cases: [Case] = [
        Case(open: .technical, joining: .fire, aggravates: nil),
        Case(open: .technical, joining: .holdUp, aggravates: nil),
        Case(open: .technical, joining: .burglary, aggravates: nil),
        Case(open: .supervision, joining: .medical, aggravates: nil),
        Case(open: .fire, joining: .technical, aggravates: nil),
        Case(open: .burglary, joining: .fire, aggravates: true),
        Case(open: .burglary, joining: .holdUp, aggravates: true),
        Case(open: .opening, joining: .holdUp, aggravates: true),
        Case(open: .tamper, joining: .burglary, aggravates: true),
        Case(open: .unknown, joining: .panic, aggravates: true),
        Case(open: .fire, joining: .burglary, aggravates: false),
        Case(open: .fire, joining: .tamper, aggravates: false),
        // A second zone within the window confirms the intrusion (EN 50131-9): more serious, same category.
        Case(open: .burglary, joining: .burglary, aggravates: true),
        Case(open: .technical, joining: .supervision, aggravates: false),
        Case(open: .supervision, joining: .technical, aggravates: true),
    ]

    static let site = Site(
        customerID: UUID(), name: "Entrepôt Logisud", address: PostalAddress(street: "1 rue", postalCode: "69200", city: "Vénissieux"))
    static let night = Date(timeIntervalSince1970: 1_795_482_780)

    private static func event(_ category: EventCategory, zone: Int) -> SignalEvent {
        SignalEvent(code: category.rawValue, qualifier: .alarm, category: category, zone: zone, description: category.rawValue)
    }

    @Test(arguments: cases)
    func aSecondEventJoinsItsFamilyAndAggravatesWhenMoreSerious(_ example: Case) throws {
        let processor = AlarmProcessor()
        let handling = AlarmHandling()
        var context = ProcessingContext(site: Self.site)
        // The engine gives each event the open alarm of its key: another family's alarm is not offered.
        guard case .open(let opening) = processor.decide(Self.event(example.open, zone: 1), at: Self.night, stationGenerated: true, context: &context)
        else {
            Issue.record("the first event opens an alarm")
            return
        }
        var alarm = Alarm(id: opening.id, siteID: Self.site.id, opening: opening, zone: 1, at: Self.night)
        let sameFamily = example.open.family == example.joining.family
        #expect(sameFamily == (example.aggravates != nil))
        guard let aggravates = example.aggravates else { return }
        let later = Self.night.addingTimeInterval(60)
        let second = Self.event(example.joining, zone: 2)
        let decision = processor.decide(second, at: later, stationGenerated: true, context: &context)
        let entry = handling.absorb(decision, event: second, title: Wording(both: "second"), into: &alarm, at: later, procedure: { _, _ in nil })
        #expect((entry?.kind == .alarmAggravated) == aggravates)
        #expect((alarm.takenOverAt == later) == aggravates)
        #expect(alarm.title == (aggravates ? "second" : opening.title))
        if aggravates { #expect(alarm.category == example.joining) } else { #expect(alarm.category == example.open) }
    }
}
