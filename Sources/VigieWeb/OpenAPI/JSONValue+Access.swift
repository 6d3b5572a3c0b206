/// Reading a `JSONValue` back, for the tests that check the rendered document and for anyone who
/// post-processes it (a later route could add its own paths before rendering).
extension JSONValue {
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var int: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// Integers too, as JSON does not tell `90` from `90.0`.
    var double: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .number(let value): value
        default: nil
        }
    }

    var array: [JSONValue]? {
        if case .array(let values) = self { return values }
        return nil
    }

    var object: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether this value is of the JSON Schema `type` named (`integer` is also a `number`).
    func isOfType(_ type: String) -> Bool {
        switch (self, type) {
        case (.string, "string"), (.integer, "integer"), (.integer, "number"), (.number, "number"), (.bool, "boolean"),
            (.null, "null"), (.array, "array"), (.object, "object"):
            true
        default:
            false
        }
    }
}
