import Foundation
import Testing
import VigieCore

/// Issue 26, story 8: the station's UPS reports AT without a zone; its zone "onduleur" must not stay "au repos".
@Suite struct ZoneAttributionTests {
    static let site = UUID()
    static let zones: [Int: Zone] = [
        8: Zone(siteID: site, number: 8, type: .technical, description: "onduleur", eventCodes: ["AT", "AR"]),
        9: Zone(siteID: site, number: 9, type: .technical, description: "groupe électrogène", eventCodes: ["YP", "AT"]),
        3: Zone(siteID: site, number: 3, type: .interior, description: "couloir"),
    ]

    private static func event(_ code: String, zone: Int?) -> SignalEvent {
        SignalEvent(code: code, qualifier: .alarm, category: .technical, zone: zone, description: code)
    }

    @Test(
        arguments: [
            ("AT", nil, 8), ("AR", nil, 8), ("AT", 0, 8), ("YP", nil, 9), ("AT", 3, 3), ("BA", nil, nil), ("301", nil, nil),
        ] as [(String, Int?, Int?)])
    func aZonelessEventTakesTheZoneTiedToItsCode(code: String, zone: Int?, expected: Int?) {
        #expect(ZoneAttribution.attribute(Self.event(code, zone: zone), zones: Self.zones).zone == expected)
    }

    @Test func aSiteWithAZoneZeroKeepsIt() {
        var zones = Self.zones
        zones[0] = Zone(siteID: Self.site, number: 0, type: .technical, description: "centrale")
        #expect(ZoneAttribution.attribute(Self.event("AT", zone: 0), zones: zones).zone == 0)
    }

    @Test func anInvalidCodeIsNamed() {
        let zone = Zone(siteID: Self.site, number: 8, type: .technical, description: "onduleur", eventCodes: ["AT", "A T"])
        #expect { try zone.validate() } throws: { ($0 as? ValidationError)?.fields.first?.field == "eventCodes[1]" }
    }
}
