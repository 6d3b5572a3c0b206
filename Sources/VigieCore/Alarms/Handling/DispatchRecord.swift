/// One milestone of what was sent to a site during an alarm: a guard, the police, the fire brigade, an ambulance,
/// each requested, then on site, then gone.
///
/// Each is one `alarm.dispatch` logbook entry with this record in its details: the console rebuilds the dispatch
/// board (and the guard's response time against the site's contract) from the alarm's logbook.
public struct DispatchRecord: Codable, Sendable, Hashable {
    public enum Service: String, Codable, Sendable, CaseIterable {
        case guardCompany = "guard", police, fire, ambulance
    }

    public enum Milestone: String, Codable, Sendable, CaseIterable {
        case requested, onSite, left
    }

    public var service: Service
    public var milestone: Milestone
    /// The guard company's or public service's reference (*numéro d'intervention*).
    public var reference: String?
    public var note: String?

    public init(service: Service, milestone: Milestone, reference: String? = nil, note: String? = nil) {
        self.service = service
        self.milestone = milestone
        self.reference = reference
        self.note = note
    }
}
