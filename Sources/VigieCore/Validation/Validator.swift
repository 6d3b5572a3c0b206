import Foundation

/// Collects field errors while an entity checks itself, so that a form shows every mistake at once.
public struct Validator: Sendable {
    public private(set) var errors: [FieldError] = []
    private let prefix: String

    public init(prefix: String = "") {
        self.prefix = prefix
    }

    private func path(_ field: String) -> String {
        prefix.isEmpty ? field : "\(prefix).\(field)"
    }

    public mutating func fail(_ field: String, _ reason: Reason) {
        errors.append(FieldError(field: path(field), reason))
    }

    public mutating func check(_ condition: Bool, _ field: String, _ reason: @autoclosure () -> Reason) {
        if !condition { fail(field, reason()) }
    }

    /// A required text: not blank, at most `maxLength` characters.
    public mutating func requireText(_ value: String, _ field: String, maxLength: Int = 200) {
        if value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            fail(field, .required)
        } else if value.count > maxLength {
            fail(field, .maximumLength(maxLength))
        }
    }

    /// An optional text: when present, at most `maxLength` characters.
    public mutating func optionalText(_ value: String?, _ field: String, maxLength: Int = 2000) {
        if let value, value.count > maxLength {
            fail(field, .maximumLength(maxLength))
        }
    }

    /// A telephone number as dialled from France: digits, an optional leading `+`, spaces, dots or dashes.
    public mutating func phone(_ value: String?, _ field: String) {
        guard let value, !value.isEmpty else { return }
        let digits = value.filter(\.isNumber)
        let allowed = value.allSatisfy { $0.isNumber || " .-+()".contains($0) }
        if !allowed || digits.count < 3 || digits.count > 15 || value.dropFirst().contains("+") {
            fail(field, .phone)
        }
    }

    /// Merges the errors of a nested value under `field`.
    public mutating func nested(_ field: String, _ body: (inout Validator) -> Void) {
        var inner = Validator(prefix: path(field))
        body(&inner)
        errors += inner.errors
    }

    /// Throws ``ValidationError`` when any check failed.
    public func throwIfInvalid() throws(ValidationError) {
        if !errors.isEmpty { throw ValidationError(errors) }
    }
}
