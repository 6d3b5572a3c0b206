/// One invalid field of a request: which field, and why, in words an administrator understands.
public struct FieldError: Error, Codable, Sendable, Hashable {
    /// The field's path in the request body, dotted for nested values (`address.postalCode`, `steps[2].text`).
    public var field: String
    /// Why the value was refused, in English.
    public var reason: String
    /// The same reason as a message key and parameters a console renders in its language (``Reason``); absent for
    /// reasons that have none yet, which a console shows as written.
    public var key: String?
    public var parameters: [String: String]?

    public init(field: String, reason: String) {
        self.field = field
        self.reason = reason
    }

    public init(field: String, _ reason: Reason) {
        self.field = field
        self.reason = reason.english
        self.key = reason.key
        self.parameters = reason.parameters.isEmpty ? nil : reason.parameters
    }
}

/// A request refused because one or more fields are invalid; nothing was written.
public struct ValidationError: Error, Sendable, Hashable {
    public var fields: [FieldError]

    public init(_ fields: [FieldError]) {
        self.fields = fields
    }

    public init(field: String, reason: String) {
        self.fields = [FieldError(field: field, reason: reason)]
    }

    public init(field: String, _ reason: Reason) {
        self.fields = [FieldError(field: field, reason)]
    }
}
