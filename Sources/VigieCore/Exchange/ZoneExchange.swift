import Foundation

/// `zones.csv`: id, site, number, type, description, location.
enum ZoneExchange: ExchangeSchema {
    static let kind = ExchangeKind.zones

    static let columns: [ExchangeColumn<Zone>] = [
        .init("site", "site", field: "siteID", required: true, read: { $0.siteID.uuidString }, resolve: { $0.siteID = try $2.site($1) }),
        .init("number", "numéro", field: "number", required: true, read: { String($0.number) }, write: { $0.number = try CellText.int($1) }),
        .init("type", "type", field: "type", required: true, read: { $0.type.rawValue }, write: { $0.type = try CellText.choice($1) }),
        .init(
            "description", "libellé", field: "description", required: true, read: { $0.description },
            write: { $0.description = try CellText.required($1) }),
        .init("location", "emplacement", field: "location", read: { $0.location ?? "" }, write: { $0.location = CellText.optional($1) }),
    ]

    static func blank() -> Zone { Zone(siteID: UUID(), number: 0, type: .other, description: "") }

    static func naturalKey(of zone: Zone) -> String? { "\(zone.siteID)/\(zone.number)" }
}
