import Foundation

/// `customers.csv` (`clients.csv`): id, reference, name, kind, phone, email, notes.
enum CustomerExchange: ExchangeSchema {
    static let kind = ExchangeKind.customers

    static let columns: [ExchangeColumn<Customer>] = [
        .init("reference", "référence", field: "reference", read: { $0.reference ?? "" }, write: { $0.reference = CellText.optional($1) }),
        .init("name", "nom", field: "name", required: true, read: { $0.name }, write: { $0.name = try CellText.required($1) }),
        .init("kind", "type", field: "kind", read: { $0.kind.rawValue }, write: { $0.kind = try CellText.choice($1, default: .business) }),
        .init("phone", "téléphone", field: "phone", read: { $0.phone ?? "" }, write: { $0.phone = CellText.optional($1) }),
        .init("email", "courriel", field: "email", read: { $0.email ?? "" }, write: { $0.email = CellText.optional($1) }),
        .init("notes", "notes", field: "notes", read: { $0.notes ?? "" }, write: { $0.notes = CellText.optional($1) }),
    ]

    static func blank() -> Customer { Customer(name: "") }

    static func naturalKey(of customer: Customer) -> String? { customer.reference?.searchFolded }
}
