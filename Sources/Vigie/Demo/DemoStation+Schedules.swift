import Foundation
import VigieCore

/// Opening hours (*horaires d'ouverture*) of the businesses, against which openings and closings are judged
/// (story 3: the jeweller closes at 19:30; story 10: the pharmacy closes at 19:30). Homes and the station,
/// occupied at any hour, have none.
extension DemoStation {
    /// A period on each of `weekdays` (ISO, 1 Monday … 7 Sunday).
    private static func every(_ weekdays: ClosedRange<Int>, _ opens: String, _ closes: String) -> [OpeningSchedule.Period] {
        weekdays.map { OpeningSchedule.Period(weekday: $0, opens: opens, closes: closes) }
    }

    private static func every(_ weekdays: [Int], _ opens: String, _ closes: String) -> [OpeningSchedule.Period] {
        weekdays.map { OpeningSchedule.Period(weekday: $0, opens: opens, closes: closes) }
    }

    private static func schedule(_ site: SiteKey, _ periods: [OpeningSchedule.Period], tolerance: Int = 15, closed: [String]) -> OpeningSchedule {
        OpeningSchedule(id: scheduleID(site), siteID: site.id, periods: periods, toleranceMinutes: tolerance, closedDates: closed)
    }

    static func openingSchedules(now: Date) -> [OpeningSchedule] {
        let years = frenchYears(around: now)
        let holidays = years.flatMap(FrenchHolidays.dates(in:))
        // Shops that open on most holidays close only on the three that commerce keeps.
        let shopClosures = years.flatMap { year in ["01-01", "05-01", "12-25"].map { "\(year)-\($0)" } }
        let guyane = holidays + years.map { "\($0)-06-10" }  // abolition of slavery, a public holiday in French Guiana
        let bankWeek = every(2...5, "09:00", "12:15") + every(2...5, "13:45", "17:30") + every([6], "09:00", "12:30")
        let bakery = every(2...7, "04:00", "13:30") + every(2...6, "15:30", "19:30")
        let jeweller = every(2...6, "09:30", "12:00") + every(2...6, "14:00", "19:00")
        return [
            schedule(.pharmacieLyon, every(1...6, "08:30", "19:30"), closed: holidays),
            schedule(.logisudVenissieux, every(1...5, "05:00", "21:00") + every([6], "06:00", "12:00"), tolerance: 30, closed: holidays),
            schedule(.logisudSaintPriest, every(1...5, "05:00", "21:00") + every([6], "06:00", "12:00"), tolerance: 30, closed: holidays),
            schedule(.logisudCayenne, every(1...5, "07:00", "16:00"), closed: guyane),
            schedule(.martelLyon, every([1], "14:00", "19:00") + every(2...6, "10:00", "19:30"), tolerance: 10, closed: holidays),
            schedule(.martelVillefranche, jeweller, tolerance: 10, closed: holidays),
            schedule(.martelAnnecy, jeweller, tolerance: 10, closed: holidays),
            schedule(.perrinBrignais, every(1...5, "07:30", "12:00") + every(1...5, "13:30", "17:30"), closed: holidays),
            schedule(.tabacVienne, every(1...6, "06:30", "20:00") + every([7], "07:30", "13:00"), closed: shopClosures),
            schedule(.garnierMeyzieu, every(1...6, "08:30", "20:00") + every([7], "09:00", "12:30"), closed: shopClosures),
            schedule(.garnierDecines, every(1...6, "08:30", "20:00") + every([7], "09:00", "12:30"), closed: shopClosures),
            schedule(.garnierGenas, every(1...6, "04:00", "14:00"), tolerance: 30, closed: shopClosures),
            schedule(.banqueGambetta, bankWeek, tolerance: 10, closed: holidays),
            schedule(.banqueMonplaisir, bankWeek, tolerance: 10, closed: holidays),
            schedule(.banqueGratteCiel, bankWeek, tolerance: 10, closed: holidays),
            schedule(.banqueSaintClair, bankWeek, tolerance: 10, closed: holidays),
            schedule(.banqueGrenoble, bankWeek, tolerance: 10, closed: holidays),
            schedule(.chevalierCroixRousse, bakery, tolerance: 30, closed: shopClosures),
            schedule(.chevalierGuillotiere, bakery, tolerance: 30, closed: shopClosures),
            schedule(.chevalierOullins, bakery, tolerance: 30, closed: shopClosures),
            schedule(.chevalierMontchat, bakery, tolerance: 30, closed: shopClosures),
            schedule(.sisolTassin, every([1, 2, 4, 5], "07:30", "18:30"), tolerance: 30, closed: holidays),
            schedule(.sisolCraponne, every(1...5, "08:00", "22:30") + every([6], "08:00", "18:00"), tolerance: 30, closed: holidays),
            schedule(
                .sisolFrancheville,
                every([2, 5], "14:00", "19:00") + every([3], "10:00", "18:00") + every([6], "10:00", "17:00"), closed: holidays),
            schedule(.sisolCharbonnieres, every([3], "07:30", "18:30"), tolerance: 30, closed: holidays),
        ]
    }

    /// The year of `now` in France and the next, so that the holidays cover the months a demo may run.
    private static func frenchYears(around now: Date) -> [Int] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris")!
        let year = calendar.component(.year, from: now)
        return [year, year + 1]
    }
}
