import Crypto
import Foundation

/// The hash chain that makes the logbook evidence: changing, removing or reordering one entry breaks
/// every hash after it.
public enum LogbookChain {
    /// The previous hash of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// SHA-256 over the previous hash and the entry's canonical form, hex-encoded.
    ///
    /// The canonical form is every field but `hash`, each written as its UTF-8 byte length, `:`, the bytes
    /// and a newline, so that no choice of field contents can make two different entries collide.
    public static func hash(of entry: LogbookEntry) -> String {
        var canonical = Data()
        let fields: [String] = [
            "vigie-logbook-v1", entry.previousHash, String(entry.sequence), String(entry.at.millisecondsSince1970),
            entry.kind.rawValue, entry.authorID?.uuidString ?? "", entry.authorName, entry.siteID?.uuidString ?? "",
            entry.alarmID?.uuidString ?? "", entry.summary, entry.details,
        ]
        for field in fields {
            let bytes = Data(field.utf8)
            canonical.append(contentsOf: "\(bytes.count):".utf8)
            canonical.append(bytes)
            canonical.append(0x0A)
        }
        return Hex.string(SHA256.hash(data: canonical))
    }

    /// Checks entries in sequence order, continuing from `previous` (the entry before the first one given).
    /// - Returns: the first broken entry and why, or `nil` when the chain holds.
    public static func firstBreak(in entries: [LogbookEntry], after previous: LogbookEntry?) -> LogbookBreak? {
        var expectedPrevious = previous?.hash ?? genesis
        var expectedSequence = (previous?.sequence ?? 0) + 1
        for entry in entries {
            if entry.sequence != expectedSequence {
                return LogbookBreak(
                    sequence: entry.sequence,
                    reason: "sequence \(entry.sequence) where \(expectedSequence) was expected (an entry is missing or was inserted)")
            }
            if entry.previousHash != expectedPrevious {
                return LogbookBreak(sequence: entry.sequence, reason: "previous hash does not match entry \(entry.sequence - 1)")
            }
            if hash(of: entry) != entry.hash {
                return LogbookBreak(sequence: entry.sequence, reason: "content does not match its hash (the entry was altered)")
            }
            expectedPrevious = entry.hash
            expectedSequence += 1
        }
        return nil
    }
}

/// Where the logbook chain breaks.
public struct LogbookBreak: Codable, Sendable, Hashable, Error {
    public var sequence: Int64
    public var reason: String
}

/// The result of checking the whole logbook.
public struct LogbookVerification: Codable, Sendable, Hashable {
    public var entriesChecked: Int64
    public var firstBreak: LogbookBreak?

    public init(entriesChecked: Int64, firstBreak: LogbookBreak?) {
        self.entriesChecked = entriesChecked
        self.firstBreak = firstBreak
    }

    public var isIntact: Bool { firstBreak == nil }
}
