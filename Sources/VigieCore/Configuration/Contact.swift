import Foundation

/// A person the operator calls for a site, in call order (*liste d'appel*): keyholder, manager, staff.
public struct Contact: ConfigEntity {
    public static let kind = EntityKind.contact
    public static let secretFields: [any WritableKeyPath<Contact, String?> & Sendable] = [\.codeWord, \.duressWord]
    public static let secretFieldNames = ["codeWord", "duressWord"]

    /// One number of a contact, labelled so the operator knows which one rings where.
    public struct Phone: Codable, Sendable, Hashable {
        public var number: String
        /// "mobile", "bureau", "domicile"…
        public var label: String

        public init(number: String, label: String) {
            self.number = number
            self.label = label
        }
    }

    public var id: UUID
    public var siteID: UUID
    /// Position in the call list, 1 first.
    public var callOrder: Int
    public var name: String
    /// Why this person is called: "gérant", "détenteur de clés", "responsable sécurité".
    public var role: String?
    public var phones: [Phone]
    /// The word that proves the caller is who they say (*mot de passe*). Secret.
    public var codeWord: String?
    /// The word that means "I am under threat" (*mot de contrainte*). Secret.
    public var duressWord: String?
    /// When the contact can be reached ("24/7", "jours ouvrés 8h–19h").
    public var availability: String?
    /// Whether this contact holds keys and can come to the site.
    public var isKeyholder: Bool

    public init(
        id: UUID = UUID(), siteID: UUID, callOrder: Int, name: String, role: String? = nil, phones: [Phone],
        codeWord: String? = nil, duressWord: String? = nil, availability: String? = nil, isKeyholder: Bool = false
    ) {
        self.id = id
        self.siteID = siteID
        self.callOrder = callOrder
        self.name = name
        self.role = role
        self.phones = phones
        self.codeWord = codeWord
        self.duressWord = duressWord
        self.availability = availability
        self.isKeyholder = isKeyholder
    }

    public var parent: EntityReference? { EntityReference(.site, siteID) }
    public var label: String { name }
    public var searchText: String {
        .searchText(
            [name, role].compactMap { $0 }.joined(separator: " "), phones.map(\.number).joined(separator: " "),
            phones.compactMap { PhoneNumber.searchDigits($0.number) }.joined(separator: " "))
    }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.check((1...99).contains(callOrder), "callOrder", .between(1, 99))
        v.requireText(name, "name")
        v.optionalText(role, "role", maxLength: 100)
        v.check(!phones.isEmpty, "phones", .phoneRequired)
        for (index, phone) in phones.enumerated() {
            v.nested("phones[\(index)]") {
                $0.requireText(phone.number, "number", maxLength: 30)
                $0.phone(phone.number, "number")
                $0.optionalText(phone.label, "label", maxLength: 40)
            }
        }
        for (field, word) in [("codeWord", codeWord), ("duressWord", duressWord)] {
            if let word, !word.isEmpty { v.check((2...60).contains(word.count), field, .length(2, 60)) }
        }
        if let codeWord, let duressWord, !codeWord.isEmpty, codeWord.searchFolded == duressWord.searchFolded {
            v.fail("duressWord", .duressDiffers)
        }
        v.optionalText(availability, "availability", maxLength: 200)
        try v.throwIfInvalid()
    }

    /// Checks a word given on the phone: case, accents and surrounding spaces do not count.
    public func check(word: String) -> CodeWordCheck {
        let given = word.trimmingCharacters(in: .whitespaces).searchFolded
        if let duressWord, !duressWord.isEmpty, given == duressWord.searchFolded { return .duress }
        if let codeWord, !codeWord.isEmpty, given == codeWord.searchFolded { return .correct }
        return .wrong
    }
}

/// The outcome of a code-word check during a callback; `duress` switches to the hold-up procedure.
public enum CodeWordCheck: String, Codable, Sendable, CaseIterable {
    case correct, wrong, duress
}
