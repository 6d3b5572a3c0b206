import Foundation

extension Store {
    /// Every open alarm, read page after page in the identifiers' order: the engine, the handling timers and the
    /// shift checklist must see all of them, however many a storm opens. Each alarm open throughout is read once;
    /// one that opens or closes meanwhile may or may not be: the next pass sees the truth.
    public func openAlarms() async throws -> [Alarm] {
        var alarms: [Alarm] = []
        while true {
            let page = try await self.alarms(
                query: AlarmQuery(scope: .open, order: .id, after: alarms.last?.id, limit: AlarmQuery.maximumLimit))
            alarms.append(contentsOf: page.items)
            if page.items.count < AlarmQuery.maximumLimit { return alarms }
        }
    }
}
