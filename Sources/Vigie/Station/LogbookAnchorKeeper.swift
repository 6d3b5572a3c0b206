import Foundation
import Logging
import ServiceLifecycle
import VigieCore

/// Writes the logbook's anchor (``LogbookAnchor``) every minute and at shutdown, after the station's stop is in
/// the logbook. It never moves an anchor the logbook contradicts (shorter than it: cut; another entry at its
/// sequence: rewritten), which it says in the log at each look, and `vigie logbook verify` fails on it until an administrator explains it (a backup
/// restored: move the anchor file aside).
struct LogbookAnchorKeeper: Service {
    static let interval = Duration.seconds(60)
    /// A store that hangs must not hold the station's stop: the keeper stops last, after everything else.
    static let readTimeout = Duration.seconds(10)

    let store: any Store
    let file: LogbookAnchorFile
    let logger: Logger

    func run() async throws {
        var anchored = (try? file.read()) ?? nil
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            anchored = await anchor(after: anchored)
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: Self.interval) }
        }
        // Started first, stopped last: the station's stop is already in the logbook.
        _ = await anchor(after: anchored)
    }

    /// Writes the newest entry as the anchor if it moved on; returns the anchor in force.
    private func anchor(after anchored: LogbookAnchor?) async -> LogbookAnchor? {
        do {
            let store = self.store
            let newestPage = try await withDeadline(Self.readTimeout, "the newest logbook entry") {
                try await store.logbook(query: LogbookQuery(limit: 1))
            }
            guard let newest = newestPage.items.first else { return anchored }
            if let anchored {
                if anchored.sequence == newest.sequence, anchored.hash == newest.hash { return anchored }
                let atAnchor = try await withDeadline(Self.readTimeout, "the anchored logbook entry") {
                    try await store.logbook(query: LogbookQuery(afterSequence: anchored.sequence - 1, limit: 1))
                }.items.first
                if let contradiction = anchored.contradiction(entryAtAnchor: atAnchor, newest: newest) {
                    logger.critical(
                        "the logbook contradicts its anchor, which is kept as evidence: \(contradiction.reason)",
                        metadata: ["newest": "\(newest.sequence)", "anchored": "\(anchored.sequence)", "file": "\(file.url.path)"])
                    return anchored
                }
            }
            let next = LogbookAnchor(of: newest, at: Date())
            try file.write(next)
            return next
        } catch {
            logger.warning("logbook anchor not written", metadata: ["error": "\(error)", "file": "\(file.url.path)"])
            return anchored
        }
    }
}
