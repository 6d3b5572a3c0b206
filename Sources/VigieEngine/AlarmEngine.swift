import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore

/// Turns stored signals into alarms: reads the signal history from its durable cursor, decides each event
/// with ``AlarmProcessor``, and records the result with its logbook entries in one transaction per batch.
///
/// It is fed by the history, not by a queue in memory, so a crash or a slow engine loses nothing: on start it
/// catches up from where it stopped, and receivers only wake it up.
public final class AlarmEngine: Service, Sendable {
    struct OpenAlarm: Sendable {
        var alarm: Alarm
        /// Zones and times seen so far, for sequential confirmation (not stored: rebuilt from new events after a restart).
        var tracking: OpenAlarmSummary?
    }

    private let store: any Store
    private let policy: AlarmPolicy
    private let processor: AlarmProcessor
    private let handling: AlarmHandling
    private let logger: Logger
    private let batchSize: Int
    private let wakeUps: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation
    /// What configuration changed since the snapshot was last brought up to date.
    private let pendingChange = Mutex(ConfigurationChange.all)
    private let processedCount = Atomic<Int>(0)

    public init(store: any Store, policy: AlarmPolicy = AlarmPolicy(), batchSize: Int = 500, logger: Logger = Logger(label: "vigie.engine")) {
        self.store = store
        self.policy = policy
        self.processor = AlarmProcessor(policy: policy)
        self.handling = AlarmHandling(policy: policy)
        self.logger = logger
        self.batchSize = batchSize
        (wakeUps, wake) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// New signals were stored: process them soon.
    public func signalsStored() {
        wake.yield()
    }

    /// The configuration the engine's snapshot holds: a change of another kind (a contact, a closure code) does not
    /// reload it.
    public static let configurationKinds: Set<EntityKind> = [
        .customer, .site, .zone, .procedure, .openingSchedule, .temporaryInstruction, .device,
    ]

    /// Configuration changed: bring the snapshot (sites, zones, schedules, instructions, procedures) up to date
    /// before the next signal, reading only what `change` names.
    public func configurationChanged(_ change: ConfigurationChange = .all) {
        pendingChange.withLock { $0.merge(change) }
        wake.yield()
    }

    /// How many signals this engine has processed since it started (for tests and metrics).
    public var processed: Int { processedCount.load(ordering: .relaxed) }

    public func run() async throws {
        var openAlarms = try await loadOpenAlarms()
        var snapshot = ConfigurationSnapshot()
        var cursor = try await store.processedThrough()
        var floods = DeviceFloodWatch(limit: policy.deviceFloodLimit, window: policy.deviceFloodWindow)
        wake.yield()
        for await _ in wakeUps.cancelOnGracefulShutdown() {
            do {
                let change = pendingChange.withLock { $0.drain() }
                if !change.isEmpty {
                    do {
                        try await snapshot.apply(change, from: store)
                    } catch {
                        pendingChange.withLock { $0.merge(change) }
                        throw error
                    }
                }
                while true {
                    let signals = try await store.signals(after: cursor, limit: batchSize)
                    guard let last = signals.last else { break }
                    var batch: [SignalProcessing] = []
                    // Alarms opened or changed in this batch are not in the store yet: trust the cache for them.
                    var unsaved: Set<UUID> = []
                    // An operator may have closed a cached alarm since: one read for the whole batch says which are still open.
                    let storedAlarms = try await store.alarms(
                        ids: Set(signals.flatMap { AlarmGrouping.keys(of: $0.signal).compactMap { openAlarms[$0]?.alarm.id } }))
                    for signal in signals {
                        batch.append(
                            process(
                                signal, snapshot: snapshot, openAlarms: &openAlarms, storedAlarms: storedAlarms, unsaved: &unsaved,
                                floods: &floods))
                    }
                    try await store.record(batch)
                    cursor = last.id
                    processedCount.add(signals.count, ordering: .relaxed)
                }
            } catch {
                // Nothing was recorded for the failed batch: reload the truth and retry on the next wake-up.
                logger.error("alarm processing failed; will retry", metadata: ["error": "\(error)"])
                openAlarms = (try? await loadOpenAlarms()) ?? [:]
                cursor = (try? await store.processedThrough()) ?? cursor
                pendingChange.withLock { $0.merge(.all) }
            }
        }
    }

    private func process(
        _ stored: StoredSignal, snapshot: ConfigurationSnapshot, openAlarms: inout [String: OpenAlarm], storedAlarms: [UUID: Alarm],
        unsaved: inout Set<UUID>, floods: inout DeviceFloodWatch
    ) -> SignalProcessing {
        let signal = stored.signal
        if signal.error != nil {
            return SignalProcessing(signalID: stored.id, alarms: [], eventAlarms: [], logbook: [SignalLog.refused(stored)])
        }
        let stationGenerated = signal.transport == .station
        let siteID = signal.siteID ?? (AlarmGrouping.isStationProblemReport(signal) ? snapshot.stationSite : nil)
        var changed: [UUID: Alarm] = [:]
        var eventAlarms: [UUID?] = []
        var logbook: [LogbookDraft] = []
        // Each event joins the open alarm of its own key (its family at the site, its problem at the station).
        let siteZones = siteID.flatMap { snapshot.zones[$0] } ?? [:]
        for received in signal.events {
            let event = ZoneAttribution.attribute(received, zones: siteZones)
            let key = AlarmGrouping.key(of: signal, event: event)
            let open = stillOpen(openAlarms[key], storedAlarms: storedAlarms, unsaved: unsaved)
            var context = snapshot.context(
                siteID: siteID, at: signal.receivedAt, openAlarm: open.map { $0.alarm.summary(tracking: $0.tracking) })
            let rate = signal.deviceID.map { floods.record($0, at: signal.receivedAt) } ?? .calm
            context.deviceID = signal.deviceID
            context.deviceFlooding = rate.isFlood
            let decision = processor.decide(event, at: signal.receivedAt, stationGenerated: stationGenerated, context: &context)
            var alarm: Alarm?
            var handled: LogbookDraft?
            switch decision {
            case .logged:
                break
            case .open(let opening):
                alarm = Alarm(id: opening.id, siteID: siteID, opening: opening, zone: event.zone, at: signal.receivedAt)
                alarm?.grouping = key
                alarm?.account = signal.account
                alarm?.follow(snapshot.procedure(for: opening.category, code: event.code, siteID: siteID))
            case .join(let id, _, _, _), .restore(let id, _):
                guard var joined = changed[id] ?? open?.alarm else { break }
                handled = handling.absorb(
                    decision, event: event, title: processor.title(of: event, context: context), into: &joined, at: signal.receivedAt,
                    procedure: { snapshot.procedure(for: $0, code: $1, siteID: siteID) })
                alarm = joined
            }
            if let alarm {
                changed[alarm.id] = alarm
                unsaved.insert(alarm.id)
                // Closed by the station (a problem that ended): the next signal opens a new alarm.
                openAlarms[key] = alarm.lifecycle.state.isOpen ? OpenAlarm(alarm: alarm, tracking: context.openAlarm) : nil
            } else if let open {
                openAlarms[key] = OpenAlarm(alarm: open.alarm, tracking: context.openAlarm ?? open.tracking)
            } else {
                openAlarms[key] = nil
            }
            eventAlarms.append(alarm?.id)
            logbook.append(SignalLog.event(event, of: stored, decision: decision, alarm: alarm))
            if let handled { logbook.append(handled) }
            if rate == .floodStarts, let device = signal.deviceID {
                logbook.append(
                    SignalLog.flooding(
                        device: device, name: snapshot.devices[device]?.name, of: stored, policy: policy, alarmID: alarm?.id ?? open?.alarm.id))
            }
        }
        if signal.events.isEmpty {
            logbook.append(
                LogbookDraft(
                    kind: .signalLogged, author: .system, siteID: signal.siteID,
                    summary: "\(signal.account ?? "?") \(signal.token ?? "signal"): logged (\(signal.isLinkCheck ? "linkCheck" : "no event"))",
                    details: SignalLog.Eventless(signal: stored.id, account: signal.account, token: signal.token, linkCheck: signal.isLinkCheck)))
        }
        if !signal.attachments.isEmpty {
            let media = signal.attachments.map { Medium($0, of: signal, signalID: stored.id) }
            logbook.append(MediaLog.attached(media, alarmID: eventAlarms.lazy.compactMap { $0 }.first, siteID: siteID, signalID: stored.id))
        }
        return SignalProcessing(signalID: stored.id, alarms: Array(changed.values), eventAlarms: eventAlarms, logbook: logbook)
    }

    /// The cached open alarm in its stored state, unless an operator closed it since; an alarm this batch
    /// changed is not stored yet, so the cache is its truth.
    private func stillOpen(_ cached: OpenAlarm?, storedAlarms: [UUID: Alarm], unsaved: Set<UUID>) -> OpenAlarm? {
        guard let cached else { return nil }
        if unsaved.contains(cached.alarm.id) { return cached }
        guard let current = storedAlarms[cached.alarm.id], current.lifecycle.state.isOpen else { return nil }
        return OpenAlarm(alarm: current, tracking: cached.tracking)
    }

    private func loadOpenAlarms() async throws -> [String: OpenAlarm] {
        var open: [String: OpenAlarm] = [:]
        for alarm in try await store.openAlarms() {
            guard let key = AlarmGrouping.key(of: alarm) else { continue }
            open[key] = OpenAlarm(alarm: alarm, tracking: nil)
        }
        return open
    }
}
