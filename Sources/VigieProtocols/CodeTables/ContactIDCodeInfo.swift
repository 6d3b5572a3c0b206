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

    init(
        _ code: Int, _ name: String, _ address: EventAddressKind, _ category: Category,
        eventText: String?, restoreText: String?
    ) {
        self.code = code
        self.name = name
        self.address = address
        self.category = category
        self.eventText = eventText
        self.restoreText = restoreText
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
}
