import Foundation
import VigieCore

/// Everything ``LinkSupervisionService`` keeps behind its lock: the supervisor, what synthetic signals need
/// to know, and the changes waiting to be stored.
struct LinkSupervisionState: Sendable {
    var supervisor = LinkSupervisor()
    /// Every configured transmitter, supervised or not, so a reload can tell which ones were deleted.
    var targets: [UUID: LinkTarget] = [:]
    var profiles: [UUID: SupervisionProfile] = [:]
    /// Traffic stored before the first load, replayed once the transmitters are known.
    var early: [(transmitterID: UUID, at: StationInstant)]? = []
    /// Lost and restored links not stored yet, in the order they happened.
    var changes: [LinkChange] = []
    var reloadRequested = false

    /// Applies a batch of stored signals. Any signal with a transmitter and no error is traffic: polls, tests
    /// and alarms alike; the station's own link signals are not.
    ///
    /// Deadlines up to each signal's receipt time expire first, so a link that was lost before it came back
    /// is reported lost, then restored, whatever the ticks' timing.
    /// - Parameters:
    ///   - now: when the batch was stored; each signal's monotonic receipt is derived from its wall `receivedAt`.
    ///   - maximumAge: the longest a stored signal can have waited since its receipt, which bounds what a
    ///     wall-clock step between receipt and storage can do to its deadline.
    mutating func record(_ batch: [StoredSignal], at now: StationInstant, maximumAge: Duration) {
        for stored in batch {
            let signal = stored.signal
            guard let transmitterID = signal.transmitterID, signal.error == nil, signal.transport != .station else { continue }
            heard(transmitterID, at: now.earlier(signal.receivedAt, maximumAge: maximumAge))
        }
    }

    mutating func heard(_ transmitterID: UUID, at: StationInstant) {
        guard early == nil else {
            early?.append((transmitterID, at))
            return
        }
        changes += supervisor.expire(now: at.monotonic)
        if let restored = supervisor.heard(transmitterID, at: at) { changes.append(restored) }
    }

    /// Replaces the configuration: new transmitters start supervision, changed profiles move deadlines, deleted
    /// transmitters are forgotten; links already known keep their last contact and state.
    /// - Parameters:
    ///   - lastContacts: when transmitters were last heard from, as stored (at start-up; empty on a reload); they
    ///     join the monotonic clock here, once.
    ///   - startupAllowance: see ``supervisionStart(lastContact:now:window:allowance:)``.
    mutating func apply(
        transmitters: [Transmitter], profiles: [SupervisionProfile], now: StationInstant, lastContacts: [UUID: Date] = [:],
        startupAllowance: Duration = .zero
    ) {
        self.profiles = Dictionary(profiles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if supervisor.count == 0 { supervisor = LinkSupervisor(expectedTransmitters: transmitters.count) }
        var fresh: [UUID: LinkTarget] = [:]
        fresh.reserveCapacity(transmitters.count)
        for transmitter in transmitters {
            let window = transmitter.supervisionProfileID.flatMap { self.profiles[$0] }.map(SupervisionWindow.init)
            let lastContact = lastContacts[transmitter.id]
            let since = window.map {
                Self.supervisionStart(lastContact: lastContact, now: now.wall, window: $0, allowance: startupAllowance)
            }
            supervisor.configure(transmitter.id, window: window, since: now.earlier(since ?? lastContact ?? now.wall))
            fresh[transmitter.id] = LinkTarget(transmitter)
        }
        for transmitterID in targets.keys where fresh[transmitterID] == nil {
            supervisor.remove(transmitterID)
        }
        targets = fresh
        if let early {
            self.early = nil
            for traffic in early { heard(traffic.transmitterID, at: traffic.at) }
        }
    }

    /// When a link's supervision counts from at start-up: its last contact, but late enough that its deadline
    /// falls at least `min(window, allowance)` after `now`.
    ///
    /// A station that was stopped for longer than the polling interval has missed every poll, through no fault
    /// of the links; declaring them all lost at once would bury the operators. Each link gets one interval (up
    /// to `allowance`) to be heard; a link silent for long on a slow profile is still reported soon after start.
    /// A transmitter never heard from is supervised from `now`.
    static func supervisionStart(lastContact: Date?, now: Date, window: SupervisionWindow, allowance: Duration) -> Date {
        guard let lastContact else { return now }
        let total = Double(window.milliseconds) / 1000
        let allowed = min(total, Double(allowance.milliseconds) / 1000)
        return max(lastContact, now.addingTimeInterval(allowed - total))
    }

    /// The changes waiting to be stored, as signals, emptying the list.
    mutating func takeDrafts(now: Date) -> [(LinkChange, SignalDraft)] {
        defer { changes.removeAll(keepingCapacity: true) }
        return changes.compactMap { change in
            guard let target = targets[change.transmitterID] else { return nil }
            let profile = target.profileID.flatMap { profiles[$0] }
            return (change, LinkSignal.draft(for: change, target: target, profile: profile, now: now))
        }
    }
}
