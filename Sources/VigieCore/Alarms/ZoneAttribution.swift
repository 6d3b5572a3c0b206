/// Gives an event without a zone the zone its code is tied to at the site (``Zone/eventCodes``): the station's
/// UPS reports `AT` with no zone, and its zone 8 "onduleur" must show in alarm, then back to normal on `AR`.
public enum ZoneAttribution {
    /// `event` with the number of the site's zone that lists its code, when it has no zone of its own (none, or
    /// Contact ID's `000` where the site has no zone 0); unchanged otherwise: an event's own zone always wins.
    /// Two zones listing the same code: the lowest number.
    public static func attribute(_ event: SignalEvent, zones: [Int: Zone]) -> SignalEvent {
        guard event.zone == nil || (event.zone == 0 && zones[0] == nil) else { return event }
        let tied = zones.values.filter { $0.eventCodes?.contains(event.code) == true }.map(\.number).min()
        guard let tied else { return event }
        var attributed = event
        attributed.zone = tied
        return attributed
    }
}
