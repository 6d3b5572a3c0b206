import Foundation

/// Picks the procedure an alarm follows: the most specific layer (site, else customer, else station) and, within
/// a layer, one written for the alarm's event code before the one for its whole category.
///
/// Indexed by owner, so that resolving for one alarm reads the procedures of its site, its customer and the
/// station, not every site's: the engine resolves for every raised event (``priority(category:code:site:)``).
public struct ProcedureResolver: Sendable {
    public let procedures: [Procedure]
    private let byOwner: [UUID?: [Procedure]]

    public init(procedures: [Procedure]) {
        self.procedures = procedures
        byOwner = Dictionary(grouping: procedures, by: \.scopeID)
    }

    /// The most specific procedure for an event of `category` and `code` at `site`; for an alarm without a site
    /// (a station anomaly), the station's default.
    public func resolve(category: EventCategory, code: String? = nil, site: Site?) -> Procedure? {
        layers(category: category, code: code, site: site).last
    }

    /// The priority the most specific procedure that sets one gives `category` and `code` at `site`, or `nil`
    /// to keep the category's (``AlarmPolicy/priorities``): a pharmacy's mains failure, urgent day and night.
    public func priority(category: EventCategory, code: String? = nil, site: Site?) -> Int? {
        layers(category: category, code: code, site: site).last { $0.priority != nil }?.priority
    }

    /// Every layer that applies to `category` and `code` at `site`, from the least specific to the most: the
    /// station's, the customer's, the site's; in each, the category's before the code's.
    public func layers(category: EventCategory, code: String? = nil, site: Site?) -> [Procedure] {
        let owners: [UUID?] = [nil, site?.customerID, site?.id]
        return owners.enumerated().flatMap { level, owner -> [Procedure] in
            guard level == 0 || owner != nil else { return [] }
            let scope: Procedure.Scope = [.station, .customer, .site][level]
            return (byOwner[owner] ?? [])
                .filter { $0.scope == scope && $0.category == category && ($0.eventCode == nil || $0.eventCode == code) }
                .sorted { ($0.eventCode == nil ? 0 : 1) < ($1.eventCode == nil ? 0 : 1) }
        }
    }
}
