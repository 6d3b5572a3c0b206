import Foundation

/// How an alarm ended (*code de clôture*): the figure supervisors count in reports.
public struct ClosureCode: ConfigEntity {
    public static let kind = EntityKind.closureCode

    /// The families of outcome that reports group by.
    public enum Outcome: String, Codable, Sendable, CaseIterable {
        case falseAlarm, realAlarm, technical, test, cancelled, other
    }

    public var id: UUID
    /// Short code typed by operators (`FA-USR`).
    public var code: String
    public var label: String
    public var outcome: Outcome
    /// Whether the operator must write a comment when closing with it.
    public var requiresComment: Bool
    public var active: Bool

    public init(id: UUID = UUID(), code: String, label: String, outcome: Outcome, requiresComment: Bool = false, active: Bool = true) {
        self.id = id
        self.code = code
        self.label = label
        self.outcome = outcome
        self.requiresComment = requiresComment
        self.active = active
    }

    public var parent: EntityReference? { nil }
    public static let uniqueKeyField = "code"
    public var uniqueKey: String? { "code:\(code.uppercased())" }
    public var searchText: String { .searchText(code, label) }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.check(
            (1...16).contains(code.count) && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") },
            "code", .closureCode)
        v.requireText(label, "label", maxLength: 120)
        try v.throwIfInvalid()
    }
}
