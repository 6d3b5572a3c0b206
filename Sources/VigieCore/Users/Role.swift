/// What a user may do. Each role includes the rights of the ones before it.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    /// Handles alarms, calls, the logbook, temporary instructions and test mode (*opérateur*).
    case `operator`
    /// Also watches the queue and the operators, receives escalations, reads reports (*chef de poste*).
    case supervisor
    /// Also maintains customers, sites, transmitters, procedures, users and receivers.
    case admin

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }

    /// Whether this role may use a route that requires `required`.
    public func includes(_ required: Role) -> Bool { self >= required }
}
