import Foundation
import VigieCore

/// Whether durable ingest is making progress: the facts the ingest queue records, and what they mean for the
/// station's health (`/healthz`, the watchdog, the station alarm).
///
/// Pure and on the monotonic clock, so that a step of the wall clock never reads as a stall (wall-clock times
/// only for the record of an outage).
public struct IngestProgress: Sendable {
    /// Since when signals have been waiting with no commit since: set when the first signal arrives on an
    /// idle queue, moved on by every successful commit, cleared when nothing is left waiting.
    public private(set) var waitingSince: ContinuousClock.Instant?
    public private(set) var lastCommit: ContinuousClock.Instant?
    /// The last failed commit, while no commit has succeeded after it.
    public private(set) var failure: (at: ContinuousClock.Instant, reason: String)?
    /// When the current run of failures began, for the record once it ends.
    private var failingSince: (date: Date, at: ContinuousClock.Instant)?
    /// Runs of failed commits that have ended, oldest first, until the station monitor records them.
    public private(set) var outages: [IngestOutage] = []

    public init() {}

    mutating func enqueued(at instant: ContinuousClock.Instant) {
        if waitingSince == nil { waitingSince = instant }
    }

    mutating func committed(at instant: ContinuousClock.Instant, stillWaiting: Bool) {
        lastCommit = instant
        if let failure, let failingSince {
            outages.append(IngestOutage(startedAt: failingSince.date, duration: instant - failingSince.at, reason: failure.reason))
            if outages.count > 20 { outages.removeFirst() }
        }
        failingSince = nil
        failure = nil
        waitingSince = stillWaiting ? instant : nil
    }

    /// A failed batch was answered (not acknowledged): it no longer waits, but the store made no progress.
    mutating func failed(at instant: ContinuousClock.Instant, date: Date, reason: String, stillWaiting: Bool) {
        failure = (instant, reason)
        if failingSince == nil { failingSince = (date, instant) }
        if !stillWaiting { waitingSince = nil }
    }

    /// Hands the ended outages over (to be recorded once).
    mutating func takeOutages() -> [IngestOutage] {
        defer { outages = [] }
        return outages
    }

    /// What the facts mean at `instant`: signals waiting longer than `stallAfter` with no commit is a stall.
    public func condition(at instant: ContinuousClock.Instant, stallAfter: Duration) -> IngestCondition {
        if let waitingSince, instant - waitingSince >= stallAfter { return .stalled(for: instant - waitingSince) }
        if let failure { return .failing(reason: failure.reason, for: instant - failure.at) }
        return .healthy
    }
}

/// The state of durable ingest, as health checks report it.
public enum IngestCondition: Sendable, Equatable {
    case healthy
    /// The last commit failed (full disk, database down): panels get no ACK until one succeeds.
    case failing(reason: String, for: Duration)
    /// Signals have waited this long with no commit at all: a hung write.
    case stalled(for: Duration)

    public var problem: String? {
        switch self {
        case .healthy: nil
        case .failing(let reason, _): "signals cannot be stored: \(reason)"
        case .stalled(let duration): "no signal committed for \(duration.components.seconds) s while signals wait"
        }
    }
}

/// A run of failed commits that has ended: no signal could be stored meanwhile, and panels were not ACKed.
public struct IngestOutage: Sendable, Equatable {
    public var startedAt: Date
    public var duration: Duration
    public var reason: String

    /// What the station alarm says; the store's own error stays as the store wrote it. The alarm is raised when
    /// the outage ends, so its time is the end; the start is in the alarm's signal.
    public var wording: Wording {
        let seconds = duration.components.seconds
        return Wording(
            en: "Signals could not be stored for \(seconds) s: \(reason)",
            fr: "Les signaux n'ont pas pu être enregistrés pendant \(seconds) s : \(reason)")
    }
}
