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
    /// What was said or found (the guard's findings, the brigade's announced delay).
    public var note: String?
    /// Set by the station on a guard's arrival later than the site's contract (``Site/responseTimeMinutes``):
    /// by how many minutes, counted from the request. The evidence and the reports read it; a request's value is
    /// ignored.
    public var lateByMinutes: Int?

    public init(service: Service, milestone: Milestone, reference: String? = nil, note: String? = nil, lateByMinutes: Int? = nil) {
        self.service = service
        self.milestone = milestone
        self.reference = reference
        self.note = note
        self.lateByMinutes = lateByMinutes
    }
}
