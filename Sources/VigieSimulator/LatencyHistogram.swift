/// ACK latencies in microseconds, in log-linear buckets (HdrHistogram's layout with 5 bits of precision):
/// values below 64 µs are exact, above that each power of two is split in 32, so a reported percentile is
/// within about 3 % of the true value. Recording is an array increment; merging adds arrays.
public struct LatencyHistogram: Sendable, Hashable {
    private static let subBuckets = 32
    private var counts: [Int] = []
    public private(set) var count = 0
    public private(set) var maximum: Int = 0
    private var sum = 0

    public init() {}

    /// Records one latency.
    public mutating func record(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        record(microseconds: Int(seconds) * 1_000_000 + Int(attoseconds / 1_000_000_000_000))
    }

    public mutating func record(microseconds: Int) {
        let value = max(0, microseconds)
        let index = Self.index(of: value)
        if index >= counts.count { counts.append(contentsOf: repeatElement(0, count: index + 1 - counts.count)) }
        counts[index] += 1
        count += 1
        sum += value
        maximum = max(maximum, value)
    }

    /// Adds another panel's latencies.
    public mutating func merge(_ other: LatencyHistogram) {
        if other.counts.count > counts.count { counts.append(contentsOf: repeatElement(0, count: other.counts.count - counts.count)) }
        for (index, value) in other.counts.enumerated() { counts[index] += value }
        count += other.count
        sum += other.sum
        maximum = max(maximum, other.maximum)
    }

    public var mean: Double { count == 0 ? 0 : Double(sum) / Double(count) }

    /// The smallest recorded value's bucket such that `percent` % of values are at or below it, reported as the
    /// bucket's highest value (never below the truth), capped at the maximum; 0 when empty.
    public func percentile(_ percent: Double) -> Int {
        guard count > 0 else { return 0 }
        let rank = max(1, Int((percent / 100 * Double(count)).rounded(.up)))
        var seen = 0
        for (index, value) in counts.enumerated() {
            seen += value
            if seen >= rank { return min(Self.highestValue(in: index), maximum) }
        }
        return maximum
    }

    /// The bucket a value falls in (public so tests can check the bucket bounds).
    public static func index(of value: Int) -> Int {
        guard value >= 2 * subBuckets else { return value }
        let exponent = Int.bitWidth - 1 - value.leadingZeroBitCount
        let shift = exponent - 5
        return 2 * subBuckets + (shift - 1) * subBuckets + (value >> shift) - subBuckets
    }

    /// The largest value a bucket holds: what a percentile reports, so it never understates latency.
    public static func highestValue(in index: Int) -> Int {
        guard index >= 2 * subBuckets else { return index }
        let shift = (index - 2 * subBuckets) / subBuckets + 1
        let sub = (index - 2 * subBuckets) % subBuckets + subBuckets
        return ((sub + 1) << shift) - 1
    }
}
