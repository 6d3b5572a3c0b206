import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore

/// Link supervision for the whole station: raises `LINK-LOST` when a transmitter's poll or test is overdue,
/// and `LINK-RESTORED` when it is heard again, as signals it submits to the station's ingest (`submit`).
///
/// Traffic comes from ``stored(_:)``, which the station calls for every batch the ingest queue stores (signals
/// with a transmitter and no error count); deadlines are kept by a ``LinkSupervisor``. The service wakes at the earliest deadline, or every `tick` at
/// the latest, and stores what changed. Deadlines are checked `settling` after they pass, so a poll received
/// just in time but still being committed is not mistaken for silence.
///
/// Deadlines run on the station clock's monotonic reading, anchored at each signal's receipt; a step of the wall
/// clock changes only the times written in the record (DESIGN invariant 9).
///
/// > Important: place it after the ingest queue in the `ServiceGroup`, so that on shutdown the queue still
/// > stores the last changes; call ``configurationChanged()`` when transmitters or profiles change.
public final class LinkSupervisionService: Service, Sendable {
    public typealias Sleep = @Sendable (Duration) async throws -> Void
    /// Stores a signal durably (the station's ingest queue).
    public typealias Submit = @Sendable (SignalDraft) async throws -> Void

    private let store: any Store
    private let submitSignal: Submit
    private let clock: StationClock
    private let sleep: Sleep
    private let tick: Duration
    private let settling: Duration
    private let startupAllowance: Duration
    private let logger: Logger
    private let state = Mutex(LinkSupervisionState())

    /// - Parameters:
    ///   - clock: the station clock; tests pass a controllable one.
    ///   - sleep: waits between checks; tests pass one they release by hand.
    ///   - tick: the longest wait between two checks (also how soon a configuration change is applied).
    ///   - settling: how long after a deadline the link is checked, for signals still being committed.
    ///   - startupAllowance: at start-up, each link gets at least its window, up to this, to be heard again
    ///     (see ``LinkSupervisionState/supervisionStart(lastContact:now:window:allowance:)``).
    public init(
        store: any Store, submit: @escaping Submit, clock: StationClock = .system,
        sleep: @escaping Sleep = { try await Task.sleep(for: $0) }, tick: Duration = .seconds(1),
        settling: Duration = .milliseconds(250), startupAllowance: Duration = .seconds(120),
        logger: Logger = Logger(label: "vigie.supervision")
    ) {
        self.store = store
        self.submitSignal = submit
        self.clock = clock
        self.sleep = sleep
        self.tick = tick
        self.settling = settling
        self.startupAllowance = startupAllowance
        self.logger = logger
    }

    /// A batch of signals the ingest queue stored: each transmitter heard is up again until its next deadline.
    public func stored(_ batch: [StoredSignal]) {
        let now = clock.now()
        state.withLock { $0.record(batch, at: now, maximumAge: settling) }
    }

    /// Tells the service that transmitters or profiles changed; it reloads them at its next check.
    /// The configuration supervision holds: transmitters and their supervision profiles.
    public static let configurationKinds: Set<EntityKind> = [.transmitter, .supervisionProfile]

    public func configurationChanged() {
        state.withLock { $0.reloadRequested = true }
    }

    /// A transmitter's link as the service sees it now; `nil` for a transmitter it does not know.
    public func status(of transmitterID: UUID) -> LinkSupervisor.Status? {
        state.withLock { $0.supervisor.status(of: transmitterID) }
    }

    public func run() async throws {
        try await load(
            lastContacts: Dictionary(
                try await store.linkContacts().map { ($0.transmitterID, $0.lastSeenAt) }, uniquingKeysWith: max))
        logger.info("link supervision started", metadata: ["supervision.links": "\(state.withLock { $0.supervisor.upLinks })"])
        await cancelWhenGracefulShutdown { await self.superviseUntilCancelled() }
        // Store what was found before the stop; ingest is still running (it comes earlier in the group).
        await storeChanges()
    }

    private func superviseUntilCancelled() async {
        while !Task.isCancelled {
            if state.withLock({ $0.reloadRequested }) {
                do {
                    try await load()
                } catch {
                    logger.error("link supervision reload failed", metadata: ["error": "\(error)"])
                }
            }
            let next = state.withLock { state in
                state.changes += state.supervisor.expire(now: clock.monotonic() - settling)
                return state.supervisor.nextDeadline
            }
            await storeChanges()
            var wait = tick
            if let next {
                wait = min(wait, next - clock.monotonic() + settling)
            }
            do {
                try await sleep(max(wait, .milliseconds(1)))
            } catch {
                return
            }
        }
    }

    /// Reads transmitters and profiles and applies them; `lastContacts` is given at start-up only.
    private func load(lastContacts: [UUID: Date] = [:]) async throws {
        state.withLock { $0.reloadRequested = false }
        let transmitters = try await store.all(Transmitter.self)
        let profiles = try await store.all(SupervisionProfile.self)
        let now = clock.now()
        state.withLock { state in
            state.apply(
                transmitters: transmitters, profiles: profiles, now: now, lastContacts: lastContacts,
                startupAllowance: startupAllowance)
        }
    }

    /// Stores every pending change as a signal. Changes of one transmitter go in separate rounds so their
    /// signals keep their order in the history; a round's signals are submitted together to share commits.
    private func storeChanges() async {
        let drafts = state.withLock { $0.takeDrafts(now: clock.wall()) }
        if !drafts.isEmpty {
            let lost = drafts.count { $0.0.kind == .lost }
            logger.info("link changes", metadata: ["link.lost": "\(lost)", "link.restored": "\(drafts.count - lost)"])
        }
        var rest = drafts[...]
        while !rest.isEmpty {
            var round: [(LinkChange, SignalDraft)] = []
            var seen = Set<UUID>()
            while let next = rest.first, round.count < 1000, seen.insert(next.0.transmitterID).inserted {
                round.append(next)
                rest = rest.dropFirst()
            }
            let failed = await submit(round)
            if !failed.isEmpty {
                state.withLock { $0.changes.insert(contentsOf: failed + rest.map(\.0), at: 0) }
                return
            }
        }
    }

    /// Submits a round of signals concurrently.
    /// - Returns: the changes whose signal could not be stored, to try again at the next check.
    private func submit(_ round: [(LinkChange, SignalDraft)]) async -> [LinkChange] {
        await withTaskGroup(of: LinkChange?.self) { group in
            for (change, draft) in round {
                group.addTask { [submitSignal, logger] in
                    do {
                        try await submitSignal(draft)
                        logger.debug(
                            "link change stored",
                            metadata: ["transmitter.id": "\(change.transmitterID)", "link.change": "\(change.kind)"])
                        return nil
                    } catch {
                        logger.error("link change not stored", metadata: ["transmitter.id": "\(change.transmitterID)", "error": "\(error)"])
                        return change
                    }
                }
            }
            var failed: [LinkChange] = []
            for await change in group {
                if let change { failed.append(change) }
            }
            return failed
        }
    }
}
