/// A JSON Schema (2020-12, the dialect of OpenAPI 3.1), limited to what the Vigie API needs.
///
/// Schemas are declared in Swift next to the rules they mirror and rendered to JSON once; keeping the
/// vocabulary small keeps every schema in `APISchemas` short enough to review against its Swift type.
struct JSONSchema: Sendable {
    indirect enum Kind: Sendable {
        /// `properties` with the names a client must send in `required`.
        case object(properties: [String: JSONSchema], required: [String])
        case array(items: JSONSchema, minItems: Int?, maxItems: Int?)
        case string(StringRules)
        case integer(minimum: Int?, maximum: Int?, format: String?)
        case number(minimum: Double?, maximum: Double?)
        case boolean
        /// A named schema of `components.schemas`.
        case ref(String)
        case oneOf([JSONSchema])
        /// Any JSON value (the OpenAPI document itself).
        case any
    }

    /// The string keywords; every one optional.
    struct StringRules: Sendable {
        var format: String?
        var allowed: [String]?
        var pattern: String?
        var minLength: Int?
        var maxLength: Int?
    }

    var kind: Kind
    var description: String?
    /// Accepts `null` as well; Swift optionals decode `null` as absent, and are omitted when encoded.
    var isNullable = false
    /// Set by the server, ignored in requests (`createdAt`, `withheld`).
    var isReadOnly = false
    /// A secret: shown to administrators on a single entity only, withheld elsewhere.
    var isSecret = false
    var defaultValue: JSONValue?
    /// The properties of an object in reading order, for forms (`x-vigie-order`); JSON keys have none.
    var propertyOrder: [String] = []
    var examples: [JSONValue] = []

    init(_ kind: Kind, description: String? = nil) {
        self.kind = kind
        self.description = description
    }

    /// The schema as JSON, with `$ref` pointing into `#/components/schemas/`.
    var json: JSONValue {
        var members: [String: JSONValue?] = [
            "description": description.map(JSONValue.string),
            "readOnly": isReadOnly ? true : nil,
            "x-vigie-secret": isSecret ? true : nil,
            "default": defaultValue,
            "examples": examples.isEmpty ? nil : .array(examples),
        ]
        switch kind {
        case .object(let properties, let required):
            members["type"] = typeName("object")
            members["properties"] = .object(properties.mapValues(\.json))
            members["required"] = required.isEmpty ? nil : .strings(required.sorted())
            members["x-vigie-order"] = propertyOrder.isEmpty ? nil : .strings(propertyOrder)
        case .array(let items, let minItems, let maxItems):
            members["type"] = typeName("array")
            members["items"] = items.json
            members["minItems"] = minItems.map(JSONValue.integer)
            members["maxItems"] = maxItems.map(JSONValue.integer)
        case .string(let rules):
            members["type"] = typeName("string")
            members["format"] = rules.format.map(JSONValue.string)
            members["enum"] = rules.allowed.map { .array($0.map(JSONValue.string) + (isNullable ? [.null] : [])) }
            members["pattern"] = rules.pattern.map(JSONValue.string)
            members["minLength"] = rules.minLength.map(JSONValue.integer)
            members["maxLength"] = rules.maxLength.map(JSONValue.integer)
        case .integer(let minimum, let maximum, let format):
            members["type"] = typeName("integer")
            members["format"] = format.map(JSONValue.string)
            members["minimum"] = minimum.map(JSONValue.integer)
            members["maximum"] = maximum.map(JSONValue.integer)
        case .number(let minimum, let maximum):
            members["type"] = typeName("number")
            members["format"] = "double"
            members["minimum"] = minimum.map(JSONValue.number)
            members["maximum"] = maximum.map(JSONValue.number)
        case .boolean:
            members["type"] = typeName("boolean")
        case .ref(let name):
            // OpenAPI 3.1 allows siblings of `$ref`; a nullable reference needs `oneOf` with `null`.
            if isNullable {
                members["oneOf"] = [["$ref": .string(Self.refPrefix + name)], ["type": "null"]]
            } else {
                members["$ref"] = .string(Self.refPrefix + name)
            }
        case .oneOf(let choices):
            members["oneOf"] = .array(choices.map(\.json) + (isNullable ? [["type": "null"]] : []))
        case .any:
            break
        }
        return .object(dropping: members)
    }

    static let refPrefix = "#/components/schemas/"

    /// `"string"`, or `["string", "null"]` when nullable (JSON Schema 2020-12 has no `nullable` keyword).
    private func typeName(_ name: String) -> JSONValue {
        isNullable ? [.string(name), "null"] : .string(name)
    }
}
