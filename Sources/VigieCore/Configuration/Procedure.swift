import Foundation

/// The client's instructions for one event category (*consignes*): ordered, typed steps.
///
/// Procedures are layered: the station's default for a category, overridden by a customer's, overridden by
/// a site's; in each layer, one may be written for a single event code of the category (the station's own
/// DISK-LOW, a pharmacy's mains failure `AT`). ``ProcedureResolver`` picks the most specific one.
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
    /// The event code it is written for, or `nil` for every code of the category.
    public var eventCode: String?
    public var title: String
    public var steps: [ProcedureStep]
    /// The priority of alarms that follow it, instead of the category's (``AlarmPolicy/priorities``), before
    /// the site's risk and confirmation bonuses; `nil` keeps the category's.
    public var priority: Int?

    public init(
        id: UUID = UUID(), scope: Scope, scopeID: UUID? = nil, category: EventCategory, eventCode: String? = nil, title: String,
        steps: [ProcedureStep], priority: Int? = nil
    ) {
        self.id = id
        self.scope = scope
        self.scopeID = scopeID
        self.category = category
        self.eventCode = eventCode
        self.title = title
        self.steps = steps
        self.priority = priority
    }

    public var parent: EntityReference? {
        switch scope {
        case .station: nil
        case .customer: scopeID.map { EntityReference(.customer, $0) }
        case .site: scopeID.map { EntityReference(.site, $0) }
        }
    }
    /// One procedure per category (and event code) and scope.
    public static let uniqueKeyField = "category"
    public var uniqueKey: String? {
        "\(scope.rawValue)/\(scopeID?.uuidString ?? "-")/\(category.rawValue)" + (eventCode.map { "/\($0.uppercased())" } ?? "")
    }
    public var label: String { title }
    public var searchText: String { .searchText(title, category.rawValue, eventCode) }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.requireText(title, "title")
        if let eventCode {
            v.check(
                (1...32).contains(eventCode.count) && eventCode.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }, "eventCode",
                .eventCode)
        }
        if let priority { v.check((0...999).contains(priority), "priority", .between(0, 999)) }
        v.check(
            (scope == .station) == (scopeID == nil), "scopeID",
            scope == .station ? .emptyForStation : .required)
        v.check(!steps.isEmpty, "steps", .stepRequired)
        v.check(steps.count <= 50, "steps", .maximumSteps(50))
        for (index, step) in steps.enumerated() {
            v.nested("steps[\(index)]") { step.validate(into: &$0) }
        }
        try v.throwIfInvalid()
    }
}
