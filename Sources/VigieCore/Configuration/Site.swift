import Foundation

/// A protected place (*site télésurveillé*): where the panel is, where the guard goes.
public struct Site: ConfigEntity {
    public static let kind = EntityKind.site

    /// How sensitive the site is (a bank branch is higher than a home); it raises alarm priorities.
    public enum RiskLevel: String, Codable, Sendable, CaseIterable, Comparable {
        case low, medium, high, critical

        private var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    public var id: UUID
    public var customerID: UUID
    public var name: String
    /// The site number in the station (*numéro de site*), unique when set.
    public var reference: String?
    public var address: PostalAddress
    public var latitude: Double?
    public var longitude: Double?
    /// IANA time zone (`Europe/Paris`, `America/Cayenne`): times are shown and schedules read in it.
    public var timeZone: String
    public var riskLevel: RiskLevel
    public var mode: SiteMode
    public var phone: String?
    /// The guard company's contractual time to reach the site, for the dispatch timer.
    public var responseTimeMinutes: Int?
    /// Directions and access notes for the guard (gate code location, dog, parking).
    public var accessNotes: String?

    public init(
        id: UUID = UUID(), customerID: UUID, name: String, reference: String? = nil, address: PostalAddress,
        latitude: Double? = nil, longitude: Double? = nil, timeZone: String = "Europe/Paris",
        riskLevel: RiskLevel = .medium, mode: SiteMode = .normal, phone: String? = nil,
        responseTimeMinutes: Int? = nil, accessNotes: String? = nil
    ) {
        self.id = id
        self.customerID = customerID
        self.name = name
        self.reference = reference
        self.address = address
        self.latitude = latitude
        self.longitude = longitude
        self.timeZone = timeZone
        self.riskLevel = riskLevel
        self.mode = mode
        self.phone = phone
        self.responseTimeMinutes = responseTimeMinutes
        self.accessNotes = accessNotes
    }

    public var parent: EntityReference? { EntityReference(.customer, customerID) }
    public static let uniqueKeyField = "reference"
    public var uniqueKey: String? { reference.map { "reference:\($0)" } }
    public var label: String { name }
    public var searchText: String {
        .searchText(name, reference, address.street, address.postalCode, address.city, phone, phone.flatMap(PhoneNumber.searchDigits))
    }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.requireText(name, "name")
        v.optionalText(reference, "reference", maxLength: 40)
        v.nested("address") { address.validate(into: &$0) }
        if let latitude { v.check((-90...90).contains(latitude), "latitude", .between(-90, 90)) }
        if let longitude { v.check((-180...180).contains(longitude), "longitude", .between(-180, 180)) }
        v.check((latitude == nil) == (longitude == nil), "longitude", .coordinatesTogether)
        v.check(TimeZone(identifier: timeZone) != nil, "timeZone", .timeZone)
        v.phone(phone, "phone")
        if let responseTimeMinutes {
            v.check((1...1440).contains(responseTimeMinutes), "responseTimeMinutes", .between(1, 1440))
        }
        v.optionalText(accessNotes, "accessNotes")
        try v.throwIfInvalid()
    }
}
