/// Short constructors and modifiers, so that each schema in `APISchemas` reads like its Swift type:
/// one line per property, with the rule of its `validate()` beside it.
extension JSONSchema {
    /// An object whose properties keep the order they are written in (`x-vigie-order`): a form shows a postal
    /// address as street, postal code, city, country, not in the alphabetical order of JSON keys.
    static func object(_ properties: KeyValuePairs<String, JSONSchema>, required: [String] = [], description: String? = nil) -> JSONSchema {
        var schema = JSONSchema(
            .object(properties: Dictionary(uniqueKeysWithValues: properties.map { ($0.key, $0.value) }), required: required),
            description: description)
        schema.propertyOrder = properties.map(\.key)
        return schema
    }

    static func array(_ items: JSONSchema, minItems: Int? = nil, maxItems: Int? = nil, description: String? = nil) -> JSONSchema {
        JSONSchema(.array(items: items, minItems: minItems, maxItems: maxItems), description: description)
    }

    static func string(
        format: String? = nil, pattern: String? = nil, minLength: Int? = nil, maxLength: Int? = nil, description: String? = nil
    ) -> JSONSchema {
        JSONSchema(.string(StringRules(format: format, pattern: pattern, minLength: minLength, maxLength: maxLength)), description: description)
    }

    /// A string restricted to `allowed`.
    static func strings(_ allowed: [String], description: String? = nil) -> JSONSchema {
        JSONSchema(.string(StringRules(allowed: allowed)), description: description)
    }

    /// The raw values of a Swift enum, read from the type itself so that a new case cannot be forgotten here.
    static func enumeration<T: CaseIterable & RawRepresentable>(_ type: T.Type, description: String? = nil) -> JSONSchema
    where T.RawValue == String {
        strings(type.allCases.map(\.rawValue), description: description)
    }

    static func integer(_ range: ClosedRange<Int>? = nil, format: String? = nil, description: String? = nil) -> JSONSchema {
        JSONSchema(.integer(minimum: range?.lowerBound, maximum: range?.upperBound, format: format), description: description)
    }

    static func integer(minimum: Int, format: String? = nil, description: String? = nil) -> JSONSchema {
        JSONSchema(.integer(minimum: minimum, maximum: nil, format: format), description: description)
    }

    static func number(_ range: ClosedRange<Double>? = nil, description: String? = nil) -> JSONSchema {
        JSONSchema(.number(minimum: range?.lowerBound, maximum: range?.upperBound), description: description)
    }

    static func boolean(description: String? = nil) -> JSONSchema {
        JSONSchema(.boolean, description: description)
    }

    static func ref(_ name: String, description: String? = nil) -> JSONSchema {
        JSONSchema(.ref(name), description: description)
    }

    static func oneOf(_ choices: [JSONSchema], description: String? = nil) -> JSONSchema {
        JSONSchema(.oneOf(choices), description: description)
    }

    /// `UUID(uuidString:)`: the pattern as well as the format, since JSON Schema 2020-12 only annotates formats
    /// (a client that does not check them would send `""`).
    static let uuid = string(format: "uuid", pattern: "^\(uuidPattern)$")

    /// `Request.uuidListQuery`: one to `maximum` UUIDs separated by commas, nothing else.
    static func uuidList(maximum: Int) -> JSONSchema {
        string(pattern: "^\(uuidPattern)(,\(uuidPattern)){0,\(maximum - 1)}$")
    }

    private static let uuidPattern = "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"

    /// ISO 8601 in UTC with milliseconds on output (`2026-11-23T21:04:05.123Z`); an offset is accepted on input.
    /// The pattern repeats the shape `ISO8601.milliseconds(from:)` reads, for the same reason as `uuid`'s.
    static let dateTime = string(
        format: "date-time", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$")

    /// `Validator.requireText`: not blank (hence the `\S`), at most `maxLength` characters.
    static func requiredText(maxLength: Int = 200, description: String? = nil) -> JSONSchema {
        string(pattern: "\\S", minLength: 1, maxLength: maxLength, description: description)
    }

    /// `Validator.optionalText`: at most `maxLength` characters.
    static func optionalText(maxLength: Int = 2000, description: String? = nil) -> JSONSchema {
        string(maxLength: maxLength, description: description).nullable()
    }

    /// `Validator.phone`: digits with spaces, dots, dashes or brackets, an optional leading `+`, 3 to 15 digits.
    static let phonePattern = #"^\+?[ .()-]*(?:[0-9][ .()-]*){3,15}$"#

    /// An optional phone number; an empty string is accepted as "none".
    static let optionalPhone = string(
        pattern: "^$|" + phonePattern, description: "A telephone number: digits, optional leading +, 3 to 15 digits."
    ).nullable()

    /// A number of hexadecimal characters within `lengths`, as DC-09 identifiers are written.
    static func hex(_ lengths: ClosedRange<Int>, description: String) -> JSONSchema {
        string(pattern: "^[0-9A-Fa-f]{\(lengths.lowerBound),\(lengths.upperBound)}$", description: description)
    }

    func nullable() -> JSONSchema { with { $0.isNullable = true } }
    func readOnly() -> JSONSchema { with { $0.isReadOnly = true } }
    func defaulting(_ value: JSONValue) -> JSONSchema { with { $0.defaultValue = value } }
    func example(_ value: JSONValue) -> JSONSchema { with { $0.examples.append(value) } }
    func described(_ text: String) -> JSONSchema { with { $0.description = text } }

    /// A secret field: the description says who sees it and how to keep or clear it on update.
    func secret() -> JSONSchema {
        with {
            $0.isSecret = true
            $0.description =
                ($0.description.map { $0 + " " } ?? "")
                + "Secret: returned only to administrators on a single GET; otherwise omitted and named in `withheld`. "
                + "On PUT, leave it out to keep the stored value, send \"\" to clear it."
        }
    }

    private func with(_ change: (inout JSONSchema) -> Void) -> JSONSchema {
        var copy = self
        change(&copy)
        return copy
    }
}
