import Foundation

/// Who is on shift, read from the logbook: a take-over opens a shift, a hand-over closes it.
///
/// The logbook is the shift register (*registre de vacations*): nothing else to keep in step, and the
/// evidence of who watched the station when is the same hash-chained record as everything else.
public enum ShiftRoster {
    /// The query that returns the shift entries, newest first.
    public static func query(limit: Int = 1000) -> LogbookQuery {
        LogbookQuery(kinds: [.shiftTakenOver, .shiftHandedOver], limit: limit)
    }

    /// Who is on shift now, read from `store`'s logbook: ``onShift(_:)`` of ``query(limit:)``.
    public static func onShift(in store: any Store) async throws -> [String: Date] {
        onShift(try await store.logbook(query: query()).items)
    }

    /// The usernames whose latest shift entry is a take-over, with the time of that take-over.
    public static func onShift(_ newestFirst: [LogbookEntry]) -> [String: Date] {
        var seen: Set<String> = []
        var onShift: [String: Date] = [:]
        for entry in newestFirst where seen.insert(entry.authorName).inserted {
            if entry.kind == .shiftTakenOver { onShift[entry.authorName] = entry.at }
        }
        return onShift
    }
}
