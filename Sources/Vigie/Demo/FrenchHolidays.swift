import Foundation

/// The eleven French public holidays (*jours fériés*) of a year, as `YYYY-MM-DD`.
enum FrenchHolidays {
    static func dates(in year: Int) -> [String] {
        let easter = easterSunday(year)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        func afterEaster(_ days: Int) -> String {
            let date = calendar.date(byAdding: .day, value: days, to: calendar.date(from: easter)!)!
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            return format(parts.year!, parts.month!, parts.day!)
        }
        let fixed = [(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)].map { format(year, $0.0, $0.1) }
        // Easter Monday, Ascension Thursday, Whit Monday.
        return (fixed + [afterEaster(1), afterEaster(39), afterEaster(50)]).sorted()
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    static func easterSunday(_ year: Int) -> DateComponents {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return DateComponents(year: year, month: month, day: day)
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
