/// A French-style postal address of a protected site.
public struct PostalAddress: Codable, Sendable, Hashable {
    public var street: String
    public var postalCode: String
    public var city: String
    /// ISO 3166-1 alpha-2 country code.
    public var country: String

    public init(street: String, postalCode: String, city: String, country: String = "FR") {
        self.street = street
        self.postalCode = postalCode
        self.city = city
        self.country = country
    }

    func validate(into v: inout Validator) {
        v.requireText(street, "street")
        v.requireText(city, "city", maxLength: 100)
        v.check(country.count == 2 && country.allSatisfy(\.isUppercase), "country", .country)
        if country == "FR" {
            v.check(postalCode.count == 5 && postalCode.allSatisfy(\.isNumber), "postalCode", .postalCodeFrance)
        } else {
            v.requireText(postalCode, "postalCode", maxLength: 12)
        }
    }
}
