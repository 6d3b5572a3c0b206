/// A DC-09 timestamp, `HH:MM:SS,MM-DD-YYYY` in UTC (also the `[H…]` time of occurrence).
///
/// A plain calendar value with its own epoch arithmetic, so that decoding a frame needs neither
/// Foundation's `Date` nor a calendar.
public struct DC09Timestamp: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// Creates a timestamp; returns `nil` for an impossible date or time.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            (1970...9999).contains(year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The UTC time `epochSeconds` seconds after 1970-01-01T00:00:00Z.
    public init(epochSeconds: Int64) {
        let days = Int(epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400)
        let secondsOfDay = Int(epochSeconds - Int64(days) * 86_400)
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = doy - (153 * mp + 2) / 5 + 1
        self.hour = secondsOfDay / 3600
        self.minute = secondsOfDay / 60 % 60
        self.second = secondsOfDay % 60
    }

    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int64 {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The wire form, `HH:MM:SS,MM-DD-YYYY` (without the leading `_`).
    public var description: String {
        "\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second)),\(Self.two(month))-\(Self.two(day))-\(year)"
    }

    /// ISO 8601 form, `YYYY-MM-DDTHH:MM:SSZ`, for JSON reports.
    public var iso8601: String {
        "\(year)-\(Self.two(month))-\(Self.two(day))T\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))Z"
    }

    public static func < (lhs: DC09Timestamp, rhs: DC09Timestamp) -> Bool {
        lhs.epochSeconds < rhs.epochSeconds
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
