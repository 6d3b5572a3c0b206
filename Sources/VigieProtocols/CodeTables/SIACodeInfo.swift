import VigieCore

/// One row of the SIA DC-03 code table, with Vigie's classification.
public struct SIACodeInfo: Hashable, Sendable {
    /// The two-letter code.
    public let code: String
    /// The DC-03 name, for example "Burglary Alarm".
    public let name: String
    /// The DC-03 description.
    public let details: String
    /// What the number after the code designates.
    public let address: EventAddressKind
    /// The Vigie category.
    public let category: EventCategory
    /// Whether the code starts, ends or only reports a condition.
    public let qualifier: EventQualifier
    /// Whether this is a vendor (Ajax) code outside DC-03.
    public let isVendorCode: Bool
    /// Vigie's French name, for example "Alarme intrusion": DC-03 has none, and the French console titles
    /// alarms with it.
    public let frenchName: String

    init(
        _ code: String, _ name: String, _ details: String, _ address: EventAddressKind,
        _ category: EventCategory, _ qualifier: EventQualifier, vendor: Bool, french frenchName: String
    ) {
        self.code = code
        self.name = name
        self.details = details
        self.address = address
        self.category = category
        self.qualifier = qualifier
        self.isVendorCode = vendor
        self.frenchName = frenchName
    }
}
