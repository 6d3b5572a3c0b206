import Foundation
import VigieCore

/// The logbook's anchor in the data directory (`logbook-anchor.json`), outside the database it vouches for.
struct LogbookAnchorFile: Sendable {
    let url: URL

    init(dataDirectory: String) {
        url = URL(fileURLWithPath: dataDirectory).appendingPathComponent("logbook-anchor.json")
    }

    /// The anchor, or `nil` when none was written yet (a new station, or one anchored elsewhere).
    func read() throws -> LogbookAnchor? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(LogbookAnchor.self, from: Data(contentsOf: url))
    }

    /// Replaces the anchor at once (a temporary file renamed over it): a crash leaves the old one or the new one.
    func write(_ anchor: LogbookAnchor) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(anchor).write(to: url, options: .atomic)
    }
}
