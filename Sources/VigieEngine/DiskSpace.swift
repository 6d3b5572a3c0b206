import VigieCore

/// The data volume's size and free space, as the system reports them.
public struct DiskSpace: Sendable, Equatable {
    public var freeBytes: Int64
    public var totalBytes: Int64

    public init(freeBytes: Int64, totalBytes: Int64) {
        self.freeBytes = freeBytes
        self.totalBytes = totalBytes
    }

    public var freeFraction: Double { totalBytes > 0 ? Double(freeBytes) / Double(totalBytes) : 1 }
}

/// How fast the free space goes, over the last few minutes of checks, so that the station can say "about 40
/// minutes left" well before writes fail, instead of a percentage that means nothing on a disk of unknown size.
/// A window, not the last interval: SQLite's checkpoints free and take space back in bursts.
public struct DiskUsageTrend: Sendable {
    private var observations: [(free: Int64, at: ContinuousClock.Instant)] = []
    /// How many checks the window spans (30 checks of 10 s: five minutes).
    private let window = 30

    public init() {}

    public mutating func observe(_ space: DiskSpace, at instant: ContinuousClock.Instant) {
        observations.append((space.freeBytes, instant))
        if observations.count > window { observations.removeFirst(observations.count - window) }
    }

    /// Bytes used per second over the window (0 while the free space holds or grows).
    public var bytesPerSecond: Double {
        guard let first = observations.first, let last = observations.last else { return 0 }
        let elapsed = last.at - first.at
        let seconds = elapsed.timeInterval
        return seconds > 0 ? max(0, Double(first.free - last.free) / seconds) : 0
    }

    /// Minutes until `space` is exhausted at the current rate, or `nil` while nothing is being used.
    public func minutesLeft(_ space: DiskSpace) -> Double? {
        let rate = bytesPerSecond
        return rate > 0 ? Double(space.freeBytes) / rate / 60 : nil
    }
}
