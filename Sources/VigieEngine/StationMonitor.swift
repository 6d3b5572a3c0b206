import Foundation
import Logging
import ServiceLifecycle
import VigieCore

/// Watches the station itself: a receiver down, no signal at all for too long, the store slow to write,
/// the disk filling up, the wall clock jumping, alarms waiting with no operator on shift. Each problem becomes one station signal (and so one alarm at the
/// top of the queue) when it starts, and a restore when it ends.
public final class StationMonitor: Service, Sendable {
    public struct Configuration: Sendable {
        /// No signal at all for this long is suspicious on a station that usually receives thousands.
        public var silenceAlarm: TimeInterval = 600
        /// A store write slower than this is a problem for ACK latency.
        public var slowWrite: Duration = .milliseconds(500)
        public var disk = DiskThresholds()
        /// A wall-clock step larger than this between two checks (NTP correction, manual change).
        public var clockJump: TimeInterval = 5
        public var interval: Duration = .seconds(10)

        public init() {}
    }

    /// When the data volume is low: any one of these raises DISK-LOW, well before writes fail.
    public struct DiskThresholds: Sendable {
        public var minimumFreeBytes: Int64
        public var minimumFreeFraction: Double
        /// Free space that lasts less than this at the rate it is being used.
        public var minimumMinutesLeft: Double

        public init(minimumFreeBytes: Int64 = 1 << 30, minimumFreeFraction: Double = 0.05, minimumMinutesLeft: Double = 120) {
            self.minimumFreeBytes = minimumFreeBytes
            self.minimumFreeFraction = minimumFreeFraction
            self.minimumMinutesLeft = minimumMinutesLeft
        }

        /// Why `space` is too little, or `nil` when it is enough.
        public func problem(_ space: DiskSpace, minutesLeft: Double?) -> Wording? {
            let megabytes = space.freeBytes / 1_048_576
            let percent = Int(space.freeFraction * 100)
            if let minutesLeft, minutesLeft < minimumMinutesLeft {
                return Wording(
                    en: "Only \(megabytes) MB (\(percent) %) free on the data volume: about \(Int(minutesLeft)) min at the current rate",
                    fr: "Plus que \(megabytes) Mo (\(percent) %) libres sur le volume des données : environ \(Int(minutesLeft)) min au rythme actuel")
            }
            guard space.freeBytes < minimumFreeBytes || space.freeFraction < minimumFreeFraction else { return nil }
            return Wording(
                en: "Only \(megabytes) MB (\(percent) %) free on the data volume",
                fr: "Plus que \(megabytes) Mo (\(percent) %) libres sur le volume des données")
        }
    }

    /// What the monitor reads about the rest of the station.
    public struct Probes: Sendable {
        /// Receivers that are configured but not up, by name.
        public var receiversDown: @Sendable () -> [String]
        /// The data volume's space, or `nil` when unknown.
        public var diskSpace: @Sendable () -> DiskSpace?
        /// How long the last durable commit of signals took, or `nil` before the first.
        public var lastCommitDuration: @Sendable () -> Duration?
        /// Runs of failed signal commits that have ended since the last call, described: recorded once writes work
        /// again, since no alarm can be stored while they last.
        public var endedOutages: @Sendable () -> [Wording]
        /// What each receiver turned away to protect itself since it started (datagrams dropped, refused frames
        /// not stored, connections shed), by receiver name: growth between two checks is hostile traffic.
        public var turnedAway: @Sendable () -> [ReceiverAbuse.Counter: Int]

        public init(
            receiversDown: @escaping @Sendable () -> [String], diskSpace: @escaping @Sendable () -> DiskSpace?,
            lastCommitDuration: @escaping @Sendable () -> Duration?, endedOutages: @escaping @Sendable () -> [Wording] = { [] },
            turnedAway: @escaping @Sendable () -> [ReceiverAbuse.Counter: Int] = { [:] }
        ) {
            self.receiversDown = receiversDown
            self.diskSpace = diskSpace
            self.lastCommitDuration = lastCommitDuration
            self.endedOutages = endedOutages
            self.turnedAway = turnedAway
        }
    }

    private let store: any Store
    private let probes: Probes
    private let configuration: Configuration
    private let submit: @Sendable (SignalDraft) async throws -> Void
    private let now: @Sendable () -> Date
    private let logger: Logger

    /// - Parameter submit: stores a station signal (the ingest queue's `submit`).
    public init(
        store: any Store, probes: Probes, configuration: Configuration = Configuration(), now: @escaping @Sendable () -> Date = Date.init,
        logger: Logger = Logger(label: "vigie.monitor"), submit: @escaping @Sendable (SignalDraft) async throws -> Void
    ) {
        self.store = store
        self.probes = probes
        self.configuration = configuration
        self.submit = submit
        self.now = now
        self.logger = logger
    }

    public func run() async throws {
        var state = StationHealth()
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            // Wait first: at start-up the receivers are still binding and connecting.
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.configuration.interval) }
            guard !Task.isShuttingDownGracefully else { break }
            do {
                state = try await check(state)
            } catch {
                logger.error("station check failed", metadata: ["error": "\(error)"])
            }
        }
    }

    /// One round of checks; returns the problems now active, so that each is reported once when it starts and
    /// once when it ends.
    public func check(_ previous: StationHealth) async throws -> StationHealth {
        var problems: [String: Wording] = [:]
        for name in probes.receiversDown() {
            problems["RECEIVER-DOWN:\(name)"] = Wording(en: "Receiver \(name) is not running", fr: "Récepteur \(name) arrêté")
        }
        let date = now()
        // The station's own reports (this alarm among them) are not traffic: counted, it would end itself.
        let latest = try await store.signals(query: SignalQuery(fromTransmittersOnly: true, limit: 1)).items.first?.signal.receivedAt
        if let latest, date.timeIntervalSince(latest) >= configuration.silenceAlarm {
            let minutes = Int(date.timeIntervalSince(latest) / 60)
            problems["NO-SIGNAL"] = Wording(en: "No signal received for \(minutes) min", fr: "Aucun signal reçu depuis \(minutes) min")
        }
        let waiting = try await store.alarms(query: AlarmQuery(scope: .open, limit: 1)).total
        if waiting > 0, try await ShiftRoster.onShift(in: store).isEmpty {
            problems["NO-OPERATOR"] = Wording(
                en: "Alarms are waiting and no operator has taken over the shift",
                fr: "Des alarmes attendent et aucun opérateur n'a pris son service")
        }
        if let commit = probes.lastCommitDuration(), commit >= configuration.slowWrite {
            let milliseconds = Int(commit.timeInterval * 1000)
            problems["SLOW-STORE"] = Wording(
                en: "Durable commits of signals take \(milliseconds) ms: acknowledgements to panels are late",
                fr: "L'enregistrement des signaux prend \(milliseconds) ms : les acquittements aux transmetteurs sont en retard")
        }
        // Raised while a receiver keeps turning one kind of traffic away, once (the alarm stays while it lasts),
        // restored when a check finds no more: a flood of garbage is an alarm, not a log line per frame.
        let turnedAway = probes.turnedAway()
        for (counter, count) in turnedAway {
            guard let before = previous.turnedAway[counter], count > before else { continue }
            problems["RECEIVER-ABUSE:\(counter.receiver):\(counter.kind.rawValue)"] =
                counter.kind.description(receiver: counter.receiver, since: count - before)
        }
        var disk = previous.disk
        if let space = probes.diskSpace() {
            disk.observe(space, at: .now)
            if let problem = configuration.disk.problem(space, minutesLeft: disk.minutesLeft(space)) { problems["DISK-LOW"] = problem }
        }
        // The wall clock should advance as the monotonic clock does; a difference is a step (NTP, manual change).
        if let last = previous.lastCheck, let lastMonotonic = previous.lastCheckMonotonic {
            let real = ContinuousClock.now - lastMonotonic
            let step = date.timeIntervalSince(last) - real.timeInterval
            if abs(step) >= configuration.clockJump {
                problems["CLOCK-JUMP"] = Wording(
                    en: "The station clock jumped by \(Int(step)) s", fr: "L'horloge de la station a sauté de \(Int(step)) s")
            }
        }
        // An outage is reported once it ended, as an alarm an operator acknowledges (signals were late meanwhile):
        // no restore, which would close it before anyone saw it.
        for outage in probes.endedOutages() {
            try await report(code: "STORE-OUTAGE", description: outage, qualifier: .alarm, at: date)
        }
        for (code, description) in problems where previous.active[code] == nil {
            try await report(code: code, description: description, qualifier: .alarm, at: date)
        }
        for (code, description) in previous.active where problems[code] == nil && !code.hasPrefix("CLOCK-JUMP") {
            try await report(code: code, description: description, qualifier: .restore, at: date)
        }
        return StationHealth(
            active: problems.filter { !$0.key.hasPrefix("CLOCK-JUMP") }, lastCheck: date, lastCheckMonotonic: ContinuousClock.now, disk: disk,
            turnedAway: turnedAway)
    }

    private func report(code: String, description: Wording, qualifier: EventQualifier, at date: Date) async throws {
        let stationSite = try await store.all(Customer.self).first { $0.kind == .station }
        let siteID = try await stationSite.asyncFlatMap { customer in
            try await store.list(Site.self, query: ListQuery(limit: 1, parentID: customer.id)).items.first?.entity.id
        }
        let name = code.split(separator: ":").first.map(String.init) ?? code
        // The account names the problem ("RECEIVER-DOWN:dc09-tcp"): each is an alarm of its own (``AlarmGrouping``).
        try await submit(
            SignalDraft(
                receivedAt: date, receiver: "station", transport: .station, peer: "station", raw: "", token: AlarmGrouping.stationProblemToken,
                account: code,
                events: [
                    SignalEvent(
                        code: name, qualifier: qualifier, category: .technical, description: description.en, frenchDescription: description.fr)
                ], siteID: siteID))
    }
}

/// The station's problems found by the last check.
public struct StationHealth: Sendable {
    public var active: [String: Wording] = [:]
    public var lastCheck: Date?
    public var lastCheckMonotonic: ContinuousClock.Instant?
    public var disk: DiskUsageTrend
    /// The receivers' counts of traffic turned away at this check (``StationMonitor/Probes/turnedAway``).
    public var turnedAway: [ReceiverAbuse.Counter: Int]

    public init(
        active: [String: Wording] = [:], lastCheck: Date? = nil, lastCheckMonotonic: ContinuousClock.Instant? = nil,
        disk: DiskUsageTrend = DiskUsageTrend(), turnedAway: [ReceiverAbuse.Counter: Int] = [:]
    ) {
        self.active = active
        self.lastCheck = lastCheck
        self.lastCheckMonotonic = lastCheckMonotonic
        self.disk = disk
        self.turnedAway = turnedAway
    }
}

extension Optional {
    fileprivate func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
