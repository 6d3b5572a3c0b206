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
/// announces the other nodes' signals); the alarm they went to is read from the engine's logbook entries.
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
        let follower = LogbookFollower(store: store, kinds: [.alarmOpened, .alarmEvent])
        try await follower.follow(
            wanted: { self.pending.withLock { !$0.isEmpty } },
            failed: { error in logger.error("verification watch could not read the logbook", metadata: ["error": "\(error)"]) }
        ) { entries in
            for entry in entries {
                guard let alarmID = entry.alarmID, let signal = Self.signalID(of: entry),
                    let address = pending.withLock({ $0.removeValue(forKey: signal) })
                else { continue }
                await attach(address, signalID: signal, to: alarmID, siteID: entry.siteID)
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

    /// The signal an engine entry is about (its details' `signal`).
    static func signalID(of entry: LogbookEntry) -> Int64? {
        struct About: Decodable { var signal: Int64? }
        return (try? JSONDecoder().decode(About.self, from: Data(entry.details.utf8)))?.signal
    }
}
