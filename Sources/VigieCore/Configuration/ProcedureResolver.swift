/// Picks the procedure that applies to an event: the site's, else the customer's, else the station's.
public struct ProcedureResolver: Sendable {
    public let procedures: [Procedure]

    public init(procedures: [Procedure]) {
        self.procedures = procedures
    }

    /// The most specific procedure for `category` at `site`, with the layers that exist shown to the caller.
    public func resolve(category: EventCategory, site: Site) -> Procedure? {
        layers(category: category, site: site).last
    }

    /// The same, for an alarm that may have no site (a station anomaly): then the station's default applies.
    public func resolve(category: EventCategory, site: Site?) -> Procedure? {
        guard let site else { return procedures.first { $0.scope == .station && $0.category == category } }
        return resolve(category: category, site: site)
    }

    /// Every layer that defines `category` for `site`, from the station default to the site's own.
    public func layers(category: EventCategory, site: Site) -> [Procedure] {
        procedures
            .filter { procedure in
                guard procedure.category == category else { return false }
                switch procedure.scope {
                case .station: return true
                case .customer: return procedure.scopeID == site.customerID
                case .site: return procedure.scopeID == site.id
                }
            }
            .sorted { $0.scope < $1.scope }
    }
}
