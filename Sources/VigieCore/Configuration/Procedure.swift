import Foundation

/// The client's instructions for one event category (*consignes*): ordered, typed steps.
///
/// Procedures are layered: the station's default for a category, overridden by a customer's, overridden by
/// a site's. ``ProcedureResolver`` picks the most specific one.
public struct Procedure: ConfigEntity {
    public static let kind = EntityKind.procedure

    /// Where a procedure applies.
    public enum Scope: String, Codable, Sendable, CaseIterable, Comparable {
        case station, customer, site

        private var rank: Int { Self.allCases.firstIndex(of: self)! }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    public var id: UUID
    public var scope: Scope
    /// The customer or site it belongs to; `nil` for the station's defaults.
    public var scopeID: UUID?
    public var category: EventCategory
    public var title: String
    public var steps: [ProcedureStep]

    public init(id: UUID = UUID(), scope: Scope, scopeID: UUID? = nil, category: EventCategory, title: String, steps: [ProcedureStep]) {
        self.id = id
        self.scope = scope
        self.scopeID = scopeID
        self.category = category
        self.title = title
        self.steps = steps
    }

    public var parent: EntityReference? {
        switch scope {
        case .station: nil
        case .customer: scopeID.map { EntityReference(.customer, $0) }
        case .site: scopeID.map { EntityReference(.site, $0) }
        }
    }
    /// One procedure per category and scope.
    public static let uniqueKeyField = "category"
    public var uniqueKey: String? { "\(scope.rawValue)/\(scopeID?.uuidString ?? "-")/\(category.rawValue)" }
    public var label: String { title }
    public var searchText: String { .searchText(title, category.rawValue) }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.requireText(title, "title")
        v.check(
            (scope == .station) == (scopeID == nil), "scopeID",
            scope == .station ? "must be empty for station defaults" : "is required for a \(scope.rawValue) procedure")
        v.check(!steps.isEmpty, "steps", "at least one step is required")
        v.check(steps.count <= 50, "steps", "at most 50 steps")
        for (index, step) in steps.enumerated() {
            v.nested("steps[\(index)]") { step.validate(into: &$0) }
        }
        try v.throwIfInvalid()
    }
}
