import Foundation

/// Whether a site's signals raise alarms.
///
/// On test (*mise en test*), signals are logged but not alarmed until `until`, when the site returns to
/// normal by itself; out of service (*hors service*), likewise with no end.
public enum SiteMode: Codable, Sendable, Hashable {
    case normal
    case test(until: Date)
    case outOfService

    private enum CodingKeys: String, CodingKey { case state, until }
    private enum State: String, Codable { case normal, test, outOfService }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(State.self, forKey: .state) {
        case .normal: self = .normal
        case .outOfService: self = .outOfService
        case .test: self = .test(until: try c.decode(Date.self, forKey: .until))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .normal: try c.encode(State.normal, forKey: .state)
        case .outOfService: try c.encode(State.outOfService, forKey: .state)
        case .test(let until):
            try c.encode(State.test, forKey: .state)
            try c.encode(until, forKey: .until)
        }
    }

    /// The mode in force at `date`: a test period that has ended counts as normal.
    public func effective(at date: Date) -> SiteMode {
        if case .test(let until) = self, until <= date { return .normal }
        return self
    }
}
