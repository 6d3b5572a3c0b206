import Foundation

/// Counts each device's recent events, so that a camera that fires without end (a tree in the wind, a spider on
/// the lens) fills neither the queue nor the operators' evening (``AlarmPolicy/deviceFloodLimit``).
///
/// Kept by the engine in memory, like its open alarms: after a restart the count starts again, which at worst
/// lets one more burst open an alarm. Each device keeps at most `limit + 1` times, so memory follows the number of
/// configured devices, never the traffic.
public struct DeviceFloodWatch: Sendable {
    /// Where a device's event stands.
    public enum Rate: Sendable, Hashable {
        /// At most `limit` events within the window: the event is handled as any other.
        case calm
        /// The event that makes more than `limit` within the window: the station says so, once per burst.
        case floodStarts
        /// A further event of the burst.
        case flooding

        public var isFlood: Bool { self != .calm }
    }

    public let limit: Int
    public let window: TimeInterval
    private var recent: [UUID: [Date]] = [:]
    private var flooding: Set<UUID> = []

    public init(limit: Int, window: TimeInterval) {
        self.limit = max(1, limit)
        self.window = window
    }

    /// Records an event of `device` at `date`: whether it is part of a flood. A burst ends once the device has been
    /// within its limit again.
    public mutating func record(_ device: UUID, at date: Date) -> Rate {
        var times = recent[device, default: []].filter { date.timeIntervalSince($0) < window }
        times.append(date)
        if times.count > limit + 1 { times.removeFirst(times.count - limit - 1) }
        recent[device] = times
        guard times.count > limit else {
            flooding.remove(device)
            return .calm
        }
        return flooding.insert(device).inserted ? .floodStarts : .flooding
    }
}
