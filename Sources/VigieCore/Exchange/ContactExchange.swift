import Foundation

/// `contacts.csv`: id, site, call order, name, role, phones, code word, duress word, availability, keyholder.
///
/// Phones are one cell, `label: number` pairs separated by `;` (`mobile: 06 12 34 56 78; bureau: 04 78 00 00 00`).
enum ContactExchange: ExchangeSchema {
    static let kind = ExchangeKind.contacts

    static let columns: [ExchangeColumn<Contact>] = [
        .init("site", "site", field: "siteID", required: true, read: { $0.siteID.uuidString }, resolve: { $0.siteID = try $2.site($1) }),
        .init(
            "call_order", "ordre_appel", field: "callOrder", required: true, read: { String($0.callOrder) },
            write: { $0.callOrder = try CellText.int($1) }),
        .init("name", "nom", field: "name", required: true, read: { $0.name }, write: { $0.name = try CellText.required($1) }),
        .init("role", "rôle", field: "role", read: { $0.role ?? "" }, write: { $0.role = CellText.optional($1) }),
        .init("phones", "téléphones", field: "phones", required: true, read: { phonesText($0.phones) }, write: { $0.phones = try phones($1) }),
        .init(
            "code_word", "mot_de_passe", field: "codeWord", secret: true, read: { $0.codeWord ?? "" }, write: { $0.codeWord = CellText.optional($1) }),
        .init(
            "duress_word", "mot_de_contrainte", field: "duressWord", secret: true, read: { $0.duressWord ?? "" },
            write: { $0.duressWord = CellText.optional($1) }),
        .init(
            "availability", "disponibilité", field: "availability", read: { $0.availability ?? "" },
            write: { $0.availability = CellText.optional($1) }),
        .init(
            "keyholder", "détenteur_clés", field: "isKeyholder", read: { $0.isKeyholder ? "true" : "false" },
            write: { $0.isKeyholder = try CellText.bool($1) }),
    ]

    static func blank() -> Contact { Contact(siteID: UUID(), callOrder: 0, name: "", phones: []) }

    static func naturalKey(of contact: Contact) -> String? { "\(contact.siteID)/\(contact.name.searchFolded)" }

    static func phonesText(_ phones: [Contact.Phone]) -> String {
        CellText.pairsText(phones.map { ($0.label, $0.number) })
    }

    /// A number without a label is labelled "téléphone".
    static func phones(_ text: String) throws(CellError) -> [Contact.Phone] {
        let pairs = CellText.pairs(text)
        guard !pairs.isEmpty else { throw CellError(.phonePairs) }
        return pairs.map { Contact.Phone(number: $0.value, label: $0.label ?? "téléphone") }
    }
}
