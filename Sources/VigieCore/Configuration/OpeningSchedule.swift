import Foundation

/// When a site is expected to be open (*horaires d'ouverture*), against which openings and closings are judged.
public struct OpeningSchedule: ConfigEntity {
    public static let kind = EntityKind.openingSchedule

    /// One opening period of a weekday, in the site's local time.
    public struct Period: Codable, Sendable, Hashable {
        /// ISO weekday: 1 Monday … 7 Sunday.
        public var weekday: Int
        /// "08:30"
        public var opens: String
        /// "19:30"; a period may not cross midnight (split it in two).
        public var closes: String

        public init(weekday: Int, opens: String, closes: String) {
            self.weekday = weekday
            self.opens = opens
            self.closes = closes
        }
    }

    public var id: UUID
    public var siteID: UUID
    public var periods: [Period]
    /// Minutes allowed around each opening and closing before it counts as early or late.
    public var toleranceMinutes: Int
    /// Days the site stays closed (public holidays, annual closure), as `YYYY-MM-DD` in local time.
    public var closedDates: [String]

    public init(id: UUID = UUID(), siteID: UUID, periods: [Period], toleranceMinutes: Int = 15, closedDates: [String] = []) {
        self.id = id
        self.siteID = siteID
        self.periods = periods
        self.toleranceMinutes = toleranceMinutes
        self.closedDates = closedDates
    }

    public var parent: EntityReference? { EntityReference(.site, siteID) }
    /// One schedule per site.
    public static let uniqueKeyField = "siteID"
    public var uniqueKey: String? { siteID.uuidString }
    public var label: String { "of site \(siteID)" }
    public var searchText: String { "" }

    public func validate() throws(ValidationError) {
        var v = Validator()
        v.check((0...240).contains(toleranceMinutes), "toleranceMinutes", .between(0, 240))
        for (index, period) in periods.enumerated() {
            v.nested("periods[\(index)]") {
                $0.check((1...7).contains(period.weekday), "weekday", .weekday)
                let opens = Self.minutes(period.opens)
                let closes = Self.minutes(period.closes)
                $0.check(opens != nil, "opens", .timeOfDay)
                $0.check(closes != nil, "closes", .timeOfDay)
                if let opens, let closes { $0.check(opens < closes, "closes", .closesAfterOpens) }
            }
        }
        for (index, date) in closedDates.enumerated() {
            v.check(Self.isDate(date), "closedDates[\(index)]", .date)
        }
        try v.throwIfInvalid()
    }

    /// Minutes since midnight of "HH:MM", or `nil`.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
            let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...24).contains(hours), (0...59).contains(minutes),
            hours * 60 + minutes <= 24 * 60
        else { return nil }
        return hours * 60 + minutes
    }

    /// Whether `text` is a real calendar date written `YYYY-MM-DD`.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return false }
        let calendar = Calendar(identifier: .gregorian)
        let components = DateComponents(year: year, month: month, day: day)
        return components.isValidDate(in: calendar)
    }

    /// Whether the site is expected open at `date` in `timeZone`, tolerance excluded.
    public func isOpen(at date: Date, timeZone: TimeZone) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        if closedDates.contains(day) { return false }
        let isoWeekday = ((parts.weekday ?? 1) + 5) % 7 + 1
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        return periods.contains { period in
            guard period.weekday == isoWeekday, let opens = Self.minutes(period.opens), let closes = Self.minutes(period.closes)
            else { return false }
            return opens <= minute && minute < closes
        }
    }
}

extension OpeningSchedule {
    /// The closing time of the period in progress or last ended on the local day of `date`, if the site opened
    /// that day: the moment after which it should be armed.
    public func lastClosing(onDayOf date: Date, timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
        let day = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        guard !closedDates.contains(day), let midnight = calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day))
        else { return nil }
        let isoWeekday = ((parts.weekday ?? 1) + 5) % 7 + 1
        return periods.filter { $0.weekday == isoWeekday }
            .compactMap { Self.minutes($0.closes).flatMap { calendar.date(byAdding: .minute, value: $0, to: midnight) } }
            .filter { $0 <= date }
            .max()
    }
}
