import Foundation

extension Store {
    /// Every open alarm, read page after page: the engine, the handling timers and the shift checklist must see
    /// all of them, however many a storm opens. An alarm that closes between two pages may be missed, one that
    /// moves may be read twice (kept once): the next pass sees the truth.
    public func openAlarms() async throws -> [Alarm] {
        var alarms: [Alarm] = []
        var seen: Set<UUID> = []
        var offset = 0
        while true {
            let page = try await self.alarms(query: AlarmQuery(scope: .open, offset: offset, limit: AlarmQuery.maximumLimit))
            for alarm in page.items where seen.insert(alarm.id).inserted { alarms.append(alarm) }
            offset += page.items.count
            if page.items.isEmpty || offset >= page.total { return alarms }
        }
    }
}
