import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore

/// Late to close (*défaut de mise en service*): a site still disarmed after its closing time and tolerance.
///
/// It follows each site's last opening and closing as signals are stored, and once a minute compares them
/// with the opening schedules. Each missed closing is reported once, as a station signal for that site, which
/// the engine raises as an alarm (the operator calls the site). A site whose state is unknown since start-up
/// is presumed armed, so a restart never raises a wave of false alarms.
public final class ScheduleWatch: Service, Sendable {
    struct State {
        /// Per site: whether the last opening/closing seen was an opening, and when.
        var disarmedSince: [UUID: Date] = [:]
        /// Closings already reported, by site, so each is reported once.
        var reported: [UUID: Date] = [:]
    }

    private let store: any Store
    private let now: @Sendable () -> Date
    private let submit: @Sendable (SignalDraft) async throws -> Void
    private let interval: Duration
    private let logger: Logger
    private let state = Mutex(State())

    public init(
        store: any Store, now: @escaping @Sendable () -> Date = Date.init, interval: Duration = .seconds(60),
        logger: Logger = Logger(label: "vigie.schedule"), submit: @escaping @Sendable (SignalDraft) async throws -> Void
    ) {
        self.store = store
        self.now = now
        self.interval = interval
        self.logger = logger
        self.submit = submit
    }

    /// Follows openings and closings (give it every stored batch, as the ingest queue's listener).
    public func stored(_ signals: [StoredSignal]) {
        state.withLock { state in
            for stored in signals {
                guard let siteID = stored.signal.siteID, stored.signal.error == nil else { continue }
                for event in stored.signal.events {
                    if event.category == .opening { state.disarmedSince[siteID] = stored.signal.receivedAt }
                    if event.category == .closing { state.disarmedSince[siteID] = nil }
                }
            }
        }
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.interval) }
            guard !Task.isShuttingDownGracefully else { break }
            do {
                try await check()
            } catch {
                logger.error("schedule check failed", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Reports every site disarmed past its closing time and tolerance, once per closing.
    public func check() async throws {
        let date = now()
        let disarmed = state.withLock { $0.disarmedSince }
        guard !disarmed.isEmpty else { return }
        let schedules = Dictionary(try await store.all(OpeningSchedule.self).map { ($0.siteID, $0) }, uniquingKeysWith: { first, _ in first })
        for (siteID, since) in disarmed {
            guard let schedule = schedules[siteID], let site = try await store.fetch(Site.self, id: siteID)?.entity,
                let zone = TimeZone(identifier: site.timeZone), let closing = schedule.lastClosing(onDayOf: date, timeZone: zone),
                since < closing, date.timeIntervalSince(closing) >= TimeInterval(schedule.toleranceMinutes * 60),
                state.withLock({ $0.reported[siteID] != closing })
            else { continue }
            state.withLock { $0.reported[siteID] = closing }
            let late = Int(date.timeIntervalSince(closing) / 60)
            try await submit(
                SignalDraft(
                    receivedAt: date, receiver: "schedule", transport: .station, peer: "station", raw: "", token: "SCHEDULE",
                    events: [
                        SignalEvent(
                            code: "LATE-TO-CLOSE", qualifier: .alarm, category: .closing,
                            description: "Not armed \(late) min after its closing time (\(site.name))",
                            frenchDescription: "Pas de mise en service \(late) min après l'heure de fermeture (\(site.name))")
                    ], siteID: siteID))
        }
    }
}
