import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import VigieCore

/// Fetches the image or clip a panel points to in its DC-09 `[V]` field once its signal has reached an alarm, and
/// attaches it there (``MediumOrigin/verificationURL``, with `media.attached`); a fetch that fails is written on the
/// alarm (`media.failed`). The address itself stays on the server: it may carry the device's credentials.
///
/// Signals with an address are noted as they are stored (``stored(_:)``, from the ingest queue's feed, which also
/// announces the other nodes' signals); once the engine has processed them, the alarm they went to is read from the
/// store.
public final class VerificationMediaService: Service, Sendable {
    private let store: any Store
    private let library: MediaLibrary
    private let client: CameraClient
    private let now: @Sendable () -> Date
    private let logger: Logger
    /// Signal id → address, until the engine has placed the signal.
    private let pending = Mutex<[Int64: String]>([:])

    /// Addresses waiting beyond this many: the oldest are dropped (and logged), so a flood cannot grow memory.
    static let maximumPending = 10_000

    public init(
        store: any Store, library: MediaLibrary, client: CameraClient = CameraClient(), now: @escaping @Sendable () -> Date = Date.init,
        logger: Logger = Logger(label: "vigie.verification")
    ) {
        self.store = store
        self.library = library
        self.client = client
        self.now = now
        self.logger = logger
    }

    /// Notes the stored signals that carry a verification address.
    public func stored(_ batch: [StoredSignal]) {
        let found = batch.compactMap { stored in stored.signal.verificationURL.map { (stored.id, $0) } }
        guard !found.isEmpty else { return }
        let dropped = pending.withLock { pending in
            for (id, address) in found { pending[id] = address }
            let excess = pending.count - Self.maximumPending
            guard excess > 0 else { return 0 }
            for id in pending.keys.sorted().prefix(excess) { pending[id] = nil }
            return excess
        }
        if dropped > 0 { logger.warning("verification addresses dropped: too many waiting", metadata: ["dropped": "\(dropped)"]) }
    }

    public func run() async throws {
        let changes = store.changes.subscribe()
        for await _ in changes.cancelOnGracefulShutdown() {
            guard pending.withLock({ !$0.isEmpty }) else { continue }
            do {
                // The signals the engine has placed since: each address goes to its signal's alarm, whenever this
                // service started (a late start misses nothing).
                let processed = try await store.processedThrough()
                let placed = pending.withLock { pending in pending.filter { $0.key <= processed } }
                guard !placed.isEmpty else { continue }
                let alarms = try await store.alarmIDs(ofSignals: Array(placed.keys))
                pending.withLock { pending in for id in placed.keys { pending[id] = nil } }
                let sites = try await store.alarms(ids: Set(alarms.values)).mapValues(\.siteID)
                for (signal, address) in placed.sorted(by: { $0.key < $1.key }) {
                    // A signal that raised no alarm (a site on test) has nothing to attach its medium to.
                    guard let alarmID = alarms[signal] else { continue }
                    await attach(address, signalID: signal, to: alarmID, siteID: sites[alarmID] ?? nil)
                }
            } catch {
                logger.error("verification watch could not read the engine's progress", metadata: ["error": "\(error)"])
            }
        }
    }

    /// Fetches `address` and attaches what it gives to the alarm, or records why not.
    public func attach(_ address: String, signalID: Int64, to alarmID: UUID, siteID: UUID?) async {
        do {
            let fetched: (data: Data, contentType: String)
            do throws(SnapshotError) {
                guard let url = URL(string: address) else { throw SnapshotError.noSnapshotAddress }
                fetched = try await client.medium(at: url)
            } catch {
                try await store.appendLogbook(MediaLog.failed(camera: nil, reason: error.reason, alarmID: alarmID, siteID: siteID))
                return
            }
            let file = try library.store(fetched.data)
            let medium = Medium(
                kind: MediumKind(contentType: fetched.contentType) ?? .image, origin: .verificationURL, contentType: fetched.contentType,
                sha256: file.sha256, size: file.size, signalID: signalID, alarmID: alarmID, siteID: siteID, receivedAt: now())
            try await store.addMedia([medium], logbook: MediaLog.attached([medium], alarmID: alarmID, siteID: siteID, signalID: signalID))
        } catch {
            logger.error("verification medium not attached", metadata: ["alarm": "\(alarmID)", "error": "\(error)"])
        }
    }
}
