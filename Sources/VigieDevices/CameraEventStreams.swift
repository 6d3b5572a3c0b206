import Crypto
import Foundation
import Logging
import ServiceLifecycle
import VigieCore
import VigieProtocols

/// Keeps open the event stream of every device marked ``Device/eventStream`` (Hikvision `alertStream`), turns each
/// `EventNotificationAlert` into a signal like a pushed one, and supervises the stream like a link: silent or closed
/// for `grace`, it is reported lost (`STREAM-LOST`, a technical alarm at the camera's site), and restored when the
/// camera is heard again. It reconnects after 5 s, then 5 s more per failure, at most a minute apart (pyHik's rhythm).
///
/// Signals go through ingest (`submit`), so they are stored, deduplicated and processed as any other; the device
/// list is read again when devices change.
public final class CameraEventStreams: Service, Sendable {
    public typealias Submit = @Sendable (SignalDraft) async throws -> Void

    public static let receiver = "alertstream"
    public static let lostCode = "STREAM-LOST"
    public static let restoredCode = "STREAM-RESTORED"

    private let store: any Store
    private let submit: Submit
    private let client: CameraClient
    /// A stream without a byte (event or keep-alive) for this long is read as broken and opened again.
    let silence: Duration
    /// Down (closed, refused, silent) for this long since the camera was last heard: reported lost.
    let grace: Duration
    /// The wait before the `n`-th reconnection in a row.
    let retryDelay: @Sendable (Int) -> Duration
    private let logger: Logger
    private let changes: AsyncStream<Void>
    private let change: AsyncStream<Void>.Continuation

    public init(
        store: any Store, submit: @escaping Submit, client: CameraClient = CameraClient(), silence: Duration = .seconds(60),
        grace: Duration = .seconds(120), retryDelay: @escaping @Sendable (Int) -> Duration = { .seconds(min(5 + 5 * $0, 60)) },
        logger: Logger = Logger(label: "vigie.event-streams")
    ) {
        self.store = store
        self.submit = submit
        self.client = client
        self.silence = silence
        self.grace = grace
        self.retryDelay = retryDelay
        self.logger = logger
        (changes, change) = AsyncStream.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Devices changed: the streams are opened again for the current list.
    public func configurationChanged(_ change: ConfigurationChange = .all) {
        guard change.touches([.device]) else { return }
        self.change.yield()
    }

    public func run() async throws {
        var updates = changes.cancelOnGracefulShutdown().makeAsyncIterator()
        var running = true
        while running {
            let devices: [Device]
            do {
                devices = try await subscribed()
            } catch {
                logger.error("camera event streams: devices not read", metadata: ["error": "\(error)"])
                devices = []
            }
            await withDiscardingTaskGroup { group in
                for device in devices { group.addTask { await self.watch(device) } }
                // Until devices change (then every stream opens again for the new list) or the station stops.
                running = await updates.next() != nil
                group.cancelAll()
            }
        }
    }

    private func subscribed() async throws -> [Device] {
        try await store.all(Device.self).filter { $0.eventStream && $0.driver == .hikvisionISAPI }
    }

    /// Reads one device's stream for good: reconnecting, reporting it lost past the grace, restored when heard.
    func watch(_ device: Device) async {
        var failures = 0
        var lastHeard = ContinuousClock.now
        var lost = false
        while !Task.isCancelled {
            do {
                try await client.events(of: device, silence: silence) { part in
                    lastHeard = .now
                    failures = 0
                    if lost {
                        lost = false
                        try await submit(Self.supervision(of: device, lost: false))
                    }
                    guard let alert = try? HikvisionEventAlert(parsing: part), !alert.isKeepAlive else { return }
                    try await submit(Self.signal(alert, raw: part, from: device))
                }
            } catch {
                if Task.isCancelled { return }
                logger.notice("camera event stream interrupted", metadata: ["device": "\(device.name)", "error": "\(error)"])
            }
            failures += 1
            if !lost, ContinuousClock.now - lastHeard >= grace {
                lost = (try? await submit(Self.supervision(of: device, lost: true))) != nil
            }
            try? await Task.sleep(for: retryDelay(failures))
        }
    }

    /// An alert from the stream, as a signal like a pushed one.
    static func signal(_ alert: HikvisionEventAlert, raw: [UInt8], from device: Device) -> SignalDraft {
        var draft = SignalDraft(
            receivedAt: Date(), receiver: receiver, transport: .http, peer: device.host, raw: String(MailLines.printable(raw[...]).prefix(16 * 1024)),
            account: device.mailbox ?? device.name, events: [alert.event(zone: device.zones.first)], siteID: device.siteID, deviceID: device.id)
        draft.panelTime = alert.dateTime
        draft.dedupeKey = Hex.string(SHA256.hash(data: Array(device.id.uuidString.utf8) + raw).prefix(16))
        return draft
    }

    /// The station's report that the stream of `device` was lost, or is back: an alarm of its own at the site, like a
    /// transmitter's lost link, which the restore ends.
    static func supervision(of device: Device, lost: Bool) -> SignalDraft {
        let event =
            lost
            ? SignalEvent(
                code: lostCode, qualifier: .alarm, category: .supervision, description: "Camera event stream lost: \(device.name)",
                frenchDescription: "Flux d'événements de la caméra perdu : \(device.name)")
            : SignalEvent(
                code: restoredCode, qualifier: .restore, category: .supervision, description: "Camera event stream restored: \(device.name)",
                frenchDescription: "Flux d'événements de la caméra rétabli : \(device.name)")
        return SignalDraft(
            receivedAt: Date(), receiver: receiver, transport: .station, peer: "station", raw: "", token: AlarmGrouping.linkToken,
            account: "CAMERA-\(device.id.uuidString)", events: [event], siteID: device.siteID, deviceID: device.id)
    }
}
