import Foundation
import VigieCore

/// How long a transmitter may stay silent before its link is lost: the reporting interval plus a grace period.
///
/// Kept apart from ``SupervisionProfile`` so that the supervisor works on plain durations (custom intervals,
/// tests) and converts to whole milliseconds once, not on every signal.
public struct SupervisionWindow: Sendable, Hashable {
    /// The longest silence allowed (EN 50136-1 reporting time).
    public var interval: Duration
    /// Extra time for transmission delays and retries before the link is declared lost.
    public var grace: Duration

    public init(interval: Duration, grace: Duration = .zero) {
        self.interval = interval
        self.grace = grace
    }

    /// The window of a configured profile (SP1…SP6, DP1…DP4 or custom).
    public init(_ profile: SupervisionProfile) {
        self.init(interval: .seconds(profile.reportingIntervalSeconds), grace: .seconds(profile.graceSeconds))
    }

    /// Interval plus grace, in whole milliseconds (never negative).
    var milliseconds: Int64 {
        max(0, (interval + grace).milliseconds)
    }
}
