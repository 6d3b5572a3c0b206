import VigieCore

/// One row of the Contact ID (DC-05) code table, with Vigie's classification.
public struct ContactIDCodeInfo: Hashable, Sendable {
    /// How the category of a code is found.
    public enum Category: Hashable, Sendable {
        /// Always this category.
        case fixed(EventCategory)
        /// Opening with qualifier 1 (disarm), closing with qualifier 3 (arm): the 4xx open/close codes.
        case openClose
    }

    /// The three-digit code.
    public let code: Int
    /// The DC-05 name, for example "Perimeter".
    public let name: String
    /// What the three-digit number designates.
    public let address: EventAddressKind
    /// The category rule.
    public let category: Category
    /// DC-05's own text for qualifier 1, when it differs from ``name``.
    public let eventText: String?
    /// DC-05's own text for qualifier 3, when it has one.
    public let restoreText: String?
    /// Vigie's French name, for example "Panne secteur": DC-05 has none, and the French console titles alarms
    /// with it.
    public let frenchName: String
    /// The French text for qualifier 1, where the name covers both qualifiers ("Mise hors service" for 401).
    public let frenchEventText: String?
    /// The French text for qualifier 3, where "Fin de …" would not say it ("Retour secteur" for 301).
    public let frenchRestoreText: String?

    init(
        _ code: Int, _ name: String, _ address: EventAddressKind, _ category: Category,
        eventText: String?, restoreText: String?, french frenchName: String, frenchEventText: String?,
        frenchRestoreText: String?
    ) {
        self.code = code
        self.name = name
        self.address = address
        self.category = category
        self.eventText = eventText
        self.restoreText = restoreText
        self.frenchName = frenchName
        self.frenchEventText = frenchEventText
        self.frenchRestoreText = frenchRestoreText
    }

    /// The category of this code for an event with `qualifier`.
    public func category(for qualifier: EventQualifier) -> EventCategory {
        switch category {
        case .fixed(let category): category
        case .openClose: qualifier == .restore ? .closing : .opening
        }
    }

    /// A description for an event with `qualifier`: DC-05's event or restore text, or the name.
    public func description(for qualifier: EventQualifier) -> String {
        switch qualifier {
        case .alarm: eventText ?? name
        case .restore:
            if let restoreText { restoreText } else if case .openClose = category { name } else { name + " Restore" }
        case .status: name + " (Status)"
        }
    }

    /// The French ``description(for:)``: Vigie's event or restore text, or the name; a restore without its own
    /// text reads "Fin de …" ("Fin d'alarme intrusion"), a status "… (état)".
    public func frenchDescription(for qualifier: EventQualifier) -> String {
        switch qualifier {
        case .alarm: frenchEventText ?? frenchName
        case .restore:
            if let frenchRestoreText {
                frenchRestoreText
            } else if case .openClose = category {
                frenchName
            } else {
                Self.end(of: frenchName)
            }
        case .status: frenchName + " (état)"
        }
    }

    /// "Fin de " before `name` with its first letter lowered, elided before a vowel or a mute h ("Fin d'alarme
    /// intrusion"); an acronym ("CO2", "AES") keeps its capitals.
    static func end(of name: String) -> String {
        guard let first = name.first else { return name }
        let isAcronym = name.dropFirst().first.map { $0.isUppercase || $0.isNumber } ?? true
        let words = isAcronym ? name : first.lowercased() + name.dropFirst()
        let elides = first.lowercased().first.map { "aeiouyhàâéèêëîïôûü".contains($0) } ?? false
        return (elides ? "Fin d'" : "Fin de ") + words
    }
}
