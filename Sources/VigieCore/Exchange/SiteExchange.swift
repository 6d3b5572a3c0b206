import Foundation

/// `sites.csv`: id, customer, reference, name, address, position, time zone, risk, mode, phone, response time, access notes.
enum SiteExchange: ExchangeSchema {
    static let kind = ExchangeKind.sites

    static let columns: [ExchangeColumn<Site>] = [
        .init(
            "customer", "client", field: "customerID", required: true, read: { $0.customerID.uuidString },
            resolve: { $0.customerID = try $2.customer($1) }),
        .init("reference", "référence", field: "reference", read: { $0.reference ?? "" }, write: { $0.reference = CellText.optional($1) }),
        .init("name", "nom", field: "name", required: true, read: { $0.name }, write: { $0.name = try CellText.required($1) }),
        .init(
            "street", "adresse", field: "address.street", required: true, read: { $0.address.street },
            write: { $0.address.street = try CellText.required($1) }),
        .init(
            "postal_code", "code_postal", field: "address.postalCode", required: true, read: { $0.address.postalCode },
            write: { $0.address.postalCode = try CellText.required($1) }),
        .init(
            "city", "ville", field: "address.city", required: true, read: { $0.address.city }, write: { $0.address.city = try CellText.required($1) }),
        .init(
            "country", "pays", field: "address.country", read: { $0.address.country }, write: { $0.address.country = CellText.optional($1) ?? "FR" }),
        .init(
            "latitude", "latitude", field: "latitude", read: { CellText.number($0.latitude) },
            write: { $0.latitude = try CellText.optionalDouble($1) }),
        .init(
            "longitude", "longitude", field: "longitude", read: { CellText.number($0.longitude) },
            write: { $0.longitude = try CellText.optionalDouble($1) }),
        .init(
            "time_zone", "fuseau_horaire", field: "timeZone", read: { $0.timeZone }, write: { $0.timeZone = CellText.optional($1) ?? "Europe/Paris" }),
        .init(
            "risk", "risque", field: "riskLevel", read: { $0.riskLevel.rawValue }, write: { $0.riskLevel = try CellText.choice($1, default: .medium) }
        ),
        .init("mode", "mode", field: "mode", read: { modeText($0.mode) }, write: { $0.mode = try mode($1) }),
        .init("phone", "téléphone", field: "phone", read: { $0.phone ?? "" }, write: { $0.phone = CellText.optional($1) }),
        .init(
            "response_time_minutes", "délai_intervention_minutes", field: "responseTimeMinutes",
            read: { $0.responseTimeMinutes.map(String.init) ?? "" }, write: { $0.responseTimeMinutes = try CellText.optionalInt($1) }),
        .init("access_notes", "accès", field: "accessNotes", read: { $0.accessNotes ?? "" }, write: { $0.accessNotes = CellText.optional($1) }),
    ]

    static func blank() -> Site {
        Site(customerID: UUID(), name: "", address: PostalAddress(street: "", postalCode: "", city: ""))
    }

    static func naturalKey(of site: Site) -> String? { site.reference?.searchFolded }

    /// `normal`, `outOfService`, or `test until <date>` (a site on test returns to normal by itself at that date).
    static func modeText(_ mode: SiteMode) -> String {
        switch mode {
        case .normal: "normal"
        case .outOfService: "outOfService"
        case .test(let until): "test until " + ISO8601.string(milliseconds: until.millisecondsSince1970)
        }
    }

    static func mode(_ text: String) throws(CellError) -> SiteMode {
        guard let value = CellText.optional(text) else { return .normal }
        switch value.lowercased() {
        case "normal": return .normal
        case "outofservice", "hors service": return .outOfService
        default:
            let words = value.split(separator: " ", maxSplits: 2)
            guard words.count == 3, words[0].lowercased() == "test", ["until", "jusqu'au"].contains(words[1].lowercased()) else {
                throw CellError(.siteModeCell)
            }
            return .test(until: try CellText.date(String(words[2])))
        }
    }
}
