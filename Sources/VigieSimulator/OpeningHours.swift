import Foundation
import VigieCore

/// The opening hours a simulated panel keeps: the site's schedule read in the site's time zone.
///
/// Staff disarm when the site opens and arm when it closes, so a panel that follows its site's schedule opens
/// and closes when the station expects it to; drawn at random hours, openings would be alarms (opening outside
/// hours) and missing closings "late to close" alarms, which is not what a quiet night looks like.
public struct OpeningHours: Sendable, Equatable {
    public var schedule: OpeningSchedule
    public var timeZone: TimeZone

    public init(schedule: OpeningSchedule, timeZone: TimeZone) {
        self.schedule = schedule
        self.timeZone = timeZone
    }

    /// Whether the site is open at `date`, tolerance excluded, as the station judges it.
    func isOpen(at date: Date) -> Bool {
        schedule.isOpen(at: date, timeZone: timeZone)
    }
}
