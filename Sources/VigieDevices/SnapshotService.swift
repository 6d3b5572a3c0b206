import Foundation
import Logging
import ServiceLifecycle
import VigieCore

/// Fetches a snapshot from every camera that looks at an alarm's zones as soon as the alarm opens, and attaches them
/// to it (``MediumOrigin/snapshot``) with the logbook entry that records their hashes. A camera that fails is written
/// on the alarm (`media.failed`, with why) and never holds the alarm or the other cameras up.
///
/// It follows the logbook's `alarm.opened` entries, so it hears of alarms opened by any node of a shared store; it
/// runs on the node holding the work lease.
public final class SnapshotService: Service, Sendable {
    private let store: any Store
    private let library: MediaLibrary
    private let client: CameraClient
    private let now: @Sendable () -> Date
    private let logger: Logger

    /// Alarms handled at once; the cameras of one alarm are asked together.
    static let concurrentAlarms = 16

    public init(
        store: any Store, library: MediaLibrary, client: CameraClient = CameraClient(), now: @escaping @Sendable () -> Date = Date.init,
        logger: Logger = Logger(label: "vigie.snapshots")
    ) {
        self.store = store
        self.library = library
        self.client = client
        self.now = now
        self.logger = logger
    }

    public func run() async throws {
        try await LogbookFollower(store: store, kinds: [.alarmOpened]).follow(failed: { error in
            logger.error("snapshot watch could not read the logbook", metadata: ["error": "\(error)"])
        }) { opened in
            let alarms = opened.filter { $0.siteID != nil }.compactMap(\.alarmID)
            // A few alarms at a time, each one's cameras together: a flood of alarms queues here, not on the cameras.
            for start in stride(from: 0, to: alarms.count, by: Self.concurrentAlarms) {
                await withDiscardingTaskGroup { group in
                    for alarmID in alarms[start..<min(start + Self.concurrentAlarms, alarms.count)] {
                        group.addTask { await self.attachSnapshots(to: alarmID) }
                    }
                }
            }
        }
    }

    /// Asks every camera covering the alarm's zones, then attaches what came and records what did not.
    public func attachSnapshots(to alarmID: UUID) async {
        do {
            guard let alarm = try await store.alarm(id: alarmID), let siteID = alarm.siteID else { return }
            let cameras = try await store.list(Device.self, query: ListQuery(limit: ListQuery.maximumLimit, parentID: siteID)).items.map(\.entity)
                .filter { $0.covers(anyOf: alarm.zonesInAlarm) }
            guard !cameras.isEmpty else { return }
            let results = await withTaskGroup(of: (Device, Result<Data, SnapshotError>).self) { group in
                for camera in cameras {
                    group.addTask { [client] in
                        do throws(SnapshotError) {
                            return (camera, .success(try await client.snapshot(of: camera)))
                        } catch {
                            return (camera, .failure(error))
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            var media: [Medium] = []
            for (camera, result) in results {
                switch result {
                case .success(let data):
                    let file = try library.store(data)
                    media.append(
                        Medium(
                            kind: .image, origin: .snapshot, contentType: "image/jpeg", sha256: file.sha256, size: file.size, alarmID: alarmID,
                            siteID: siteID, deviceID: camera.id, deviceName: camera.name, capturedAt: now(), receivedAt: now()))
                case .failure(let error):
                    try await store.appendLogbook(MediaLog.failed(camera: camera.name, reason: error.reason, alarmID: alarmID, siteID: siteID))
                }
            }
            if !media.isEmpty { try await store.addMedia(media, logbook: MediaLog.attached(media, alarmID: alarmID, siteID: siteID, signalID: nil)) }
        } catch {
            logger.error("snapshots not attached", metadata: ["alarm": "\(alarmID)", "error": "\(error)"])
        }
    }
}
