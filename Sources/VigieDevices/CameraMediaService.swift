import Foundation
import Logging
import ServiceLifecycle
import VigieCore

/// Fetches something from every camera that looks at an alarm's zones as soon as the alarm opens (a snapshot, a
/// clip: its ``CameraMediaSource``), and attaches what came to the alarm with the logbook entry that records the
/// hashes. A camera that fails is written on the alarm (`media.failed`, with why) and never holds the alarm or the
/// other cameras up.
///
/// It follows the logbook's `alarm.opened` entries, so it hears of alarms opened by any node of a shared store; it
/// runs on the node holding the work lease. Each source has its own service: a clip that takes ten seconds never
/// delays a snapshot.
public final class CameraMediaService: Service, Sendable {
    private let store: any Store
    private let library: MediaLibrary
    private let source: any CameraMediaSource
    private let now: @Sendable () -> Date
    private let logger: Logger

    public init(
        store: any Store, library: MediaLibrary, source: any CameraMediaSource, now: @escaping @Sendable () -> Date = Date.init,
        logger: Logger = Logger(label: "vigie.camera-media")
    ) {
        self.store = store
        self.library = library
        self.source = source
        self.now = now
        self.logger = logger
    }

    public func run() async throws {
        try await LogbookFollower(store: store, kinds: [.alarmOpened]).follow(failed: { error in
            logger.error("camera media watch could not read the logbook", metadata: ["source": "\(source.name)", "error": "\(error)"])
        }) { opened in
            let alarms = opened.filter { $0.siteID != nil }.compactMap(\.alarmID)
            // A few alarms at a time, each one's cameras together: a flood of alarms queues here, not on the cameras.
            let batch = source.concurrentAlarms
            for start in stride(from: 0, to: alarms.count, by: batch) {
                await withDiscardingTaskGroup { group in
                    for alarmID in alarms[start..<min(start + batch, alarms.count)] {
                        group.addTask { await self.attach(to: alarmID) }
                    }
                }
            }
        }
    }

    /// Asks every camera covering the alarm's zones, then attaches what came and records what did not.
    public func attach(to alarmID: UUID) async {
        do {
            guard let alarm = try await store.alarm(id: alarmID), let siteID = alarm.siteID else { return }
            let cameras = try await store.list(Device.self, query: ListQuery(limit: ListQuery.maximumLimit, parentID: siteID)).items.map(\.entity)
                .filter { $0.covers(anyOf: alarm.zonesInAlarm) && source.serves($0) }
            guard !cameras.isEmpty else { return }
            let results = await withTaskGroup(of: (Device, Date, Result<FetchedMedium, MediaFetchFailure>).self) { group in
                for camera in cameras {
                    group.addTask { [source, now] in
                        let started = now()
                        do throws(MediaFetchFailure) {
                            return (camera, started, .success(try await source.fetch(from: camera)))
                        } catch {
                            return (camera, started, .failure(error))
                        }
                    }
                }
                return await group.reduce(into: []) { $0.append($1) }
            }
            var media: [Medium] = []
            for (camera, started, result) in results {
                switch result {
                case .success(let fetched):
                    let file = try library.store(fetched.data)
                    media.append(
                        Medium(
                            kind: source.kind, origin: source.origin, contentType: fetched.contentType, sha256: file.sha256, size: file.size,
                            alarmID: alarmID, siteID: siteID, deviceID: camera.id, deviceName: camera.name, capturedAt: started, receivedAt: now()))
                case .failure(let failure):
                    try await store.appendLogbook(MediaLog.failed(camera: camera.name, reason: failure.reason, alarmID: alarmID, siteID: siteID))
                }
            }
            if !media.isEmpty { try await store.addMedia(media, logbook: MediaLog.attached(media, alarmID: alarmID, siteID: siteID, signalID: nil)) }
        } catch {
            logger.error("camera media not attached", metadata: ["source": "\(source.name)", "alarm": "\(alarmID)", "error": "\(error)"])
        }
    }
}
