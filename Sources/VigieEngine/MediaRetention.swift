import Foundation
import Logging
import ServiceLifecycle
import VigieCore

/// Removes images and clips at the end of their retention (`media.retentionDays`, 30 by default), hourly: marks them
/// purged with the logbook entry that lists them, then deletes each file no medium still kept uses. The index entries
/// and the logbook stay, so the trace outlives the images (APSAD I31 annex 7).
public final class MediaRetention: Service, Sendable {
    private let store: any Store
    private let library: MediaLibrary
    private let retentionDays: Int
    private let interval: Duration
    private let now: @Sendable () -> Date
    private let logger: Logger

    /// Media purged per transaction, so that one logbook entry stays readable.
    static let batch = 500

    public init(
        store: any Store, library: MediaLibrary, retentionDays: Int, interval: Duration = .seconds(3600),
        now: @escaping @Sendable () -> Date = Date.init, logger: Logger = Logger(label: "vigie.media")
    ) {
        self.store = store
        self.library = library
        self.retentionDays = retentionDays
        self.interval = interval
        self.now = now
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                let removed = try await purge()
                if removed > 0 { logger.info("media past retention removed", metadata: ["count": "\(removed)"]) }
            } catch {
                logger.error("media purge failed; retried at the next pass", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { [interval] in try await Task.sleep(for: interval) }
        }
    }

    /// One pass: every medium received more than the retention ago.
    /// - Returns: how many were purged.
    @discardableResult
    public func purge() async throws -> Int {
        let date = now()
        let cutoff = date.addingTimeInterval(-Double(retentionDays) * 86_400)
        var purged = 0
        while true {
            let expired = try await store.retainedMedia(receivedBefore: cutoff, limit: Self.batch)
            guard !expired.isEmpty else { return purged }
            try await store.markMediaPurged(expired.map(\.id), at: date, logbook: MediaLog.purged(expired, retentionDays: retentionDays))
            for sha256 in Set(expired.map(\.sha256)) where try await !store.isMediaFileRetained(sha256: sha256) {
                try library.remove(sha256: sha256)
            }
            purged += expired.count
        }
    }
}
