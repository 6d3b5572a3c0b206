import Foundation

/// A subscriber of the station (*abonné*): a company, a public body or a household with one or more sites.
public struct Customer: ConfigEntity {
    public static let kind = EntityKind.customer

    /// The kinds of customer a French station serves; they change the default procedures and reports.
    /// `station` is the monitoring station itself: its sites' alarms outrank every client's.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case business, residential, bank, publicBody, industrial, retail, healthcare, station
    }

    public var id: UUID
    public var name: String
    /// The customer number in the station's contracts (*numéro d'abonné*), unique when set.
    public var reference: String?
    public var kind: Kind
    public var phone: String?
    public var email: String?
    public var notes: String?

    public init(
        id: UUID = UUID(), name: String, reference: String? = nil, kind: Kind = .business,
        phone: String? = nil, email: String? = nil, notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.reference = reference
        self.kind = kind
        self.phone = phone
        self.email = email
        self.notes = notes
    }

    public var parent: EntityReference? { nil }
    public static let uniqueKeyField = "reference"
    public var uniqueKey: String? { reference.map { "reference:\($0)" } }
    public var label: String { name }
    public var searchText: String { .searchText(name, reference, phone, phone.flatMap(PhoneNumber.searchDigits), email) }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.requireText(name, "name")
        v.optionalText(reference, "reference", maxLength: 40)
        v.phone(phone, "phone")
        if let email, !email.isEmpty {
            v.check(email.contains("@") && !email.contains(" ") && email.count <= 200, "email", .email)
        }
        v.optionalText(notes, "notes")
        try v.throwIfInvalid()
    }
}
