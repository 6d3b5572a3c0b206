import Foundation

/// Decides, event by event, what a received signal means for the operators: the rules of the alarm engine.
///
/// Pure and synchronous: the alarm service gathers the ``ProcessingContext``, asks for a decision per event,
/// and writes the result with its logbook entry in one transaction. The context is `inout` so that the second
/// event of a signal sees the alarm the first one opened.
public struct AlarmProcessor: Sendable {
    public var policy: AlarmPolicy

    public init(policy: AlarmPolicy = AlarmPolicy()) {
        self.policy = policy
    }

    /// - Parameter stationGenerated: the event comes from the station itself (link supervision, unknown account,
    ///   decryption failures, a lost receiver): it is a technical alarm even without a site.
    public func decide(_ event: SignalEvent, at date: Date, stationGenerated: Bool = false, context: inout ProcessingContext) -> EventDecision {
        if AlarmPolicy.logOnlyCategories.contains(event.category) {
            return .logged(reason: event.category == .supervision ? .linkCheck : .information)
        }
        guard let site = context.site else {
            guard stationGenerated else { return .logged(reason: .unknownSite) }
            return raise(event, at: date, risk: .medium, context: &context)
        }
        if event.category == .opening || event.category == .closing {
            return scheduled(event, at: date, site: site, context: &context)
        }
        if event.qualifier == .restore {
            guard let open = context.openAlarm else { return .logged(reason: .restoreWithoutAlarm) }
            return .restore(alarmID: open.id, zone: event.zone)
        }
        if !policy.testModeExceptions.contains(event.category) {
            switch site.mode.effective(at: date) {
            case .test: return .logged(reason: .siteOnTest)
            case .outOfService: return .logged(reason: .siteOutOfService)
            case .normal: break
            }
            if let zone = event.zone, context.activeInstructions.contains(where: { $0.suppressedZones.contains(zone) }) {
                return .logged(reason: .zoneSuppressed)
            }
        }
        return raise(event, at: date, risk: site.riskLevel, context: &context)
    }

    /// Openings and closings are normal within the opening schedule (with its tolerance); an opening while the
    /// site should be closed is an alarm (story 3: the jeweller's at 20:05). A normal one that arrives while the
    /// site has an open alarm attaches to it (story 1: the pharmacist re-arms after the false alarm).
    private func scheduled(_ event: SignalEvent, at date: Date, site: Site, context: inout ProcessingContext) -> EventDecision {
        let normal: EventDecision
        if let open = context.openAlarm {
            normal = .join(alarmID: open.id, priority: open.priority, category: open.category, confirmed: open.confirmed)
        } else {
            normal = .logged(reason: event.category == .opening ? .normalOpening : .normalClosing)
        }
        guard event.category == .opening, let schedule = context.schedule, let zone = TimeZone(identifier: site.timeZone) else {
            return normal
        }
        let tolerance = TimeInterval(schedule.toleranceMinutes * 60)
        if schedule.isOpen(at: date, timeZone: zone) || schedule.isOpen(at: date.addingTimeInterval(tolerance), timeZone: zone) {
            return normal
        }
        return raise(event, at: date, risk: site.riskLevel, context: &context)
    }

    /// Opens an alarm, or joins the site's open one, raising its priority and confirming intrusions.
    private func raise(_ event: SignalEvent, at date: Date, risk: Site.RiskLevel, context: inout ProcessingContext) -> EventDecision {
        var burglaryZones = context.openAlarm?.burglaryZones ?? [:]
        var confirmed = context.openAlarm?.confirmed ?? false
        if event.category == .burglary, let zone = event.zone {
            let otherRecent = burglaryZones.contains { $0.key != zone && date.timeIntervalSince($0.value) <= policy.confirmationWindow }
            confirmed = confirmed || otherRecent
            burglaryZones[zone] = burglaryZones[zone] ?? date
        }
        let priority = policy.priority(of: event.category, risk: risk, confirmed: confirmed && event.category == .burglary, station: context.isStationSite)
        if let open = context.openAlarm {
            let worse = priority > open.priority ? event.category : open.category
            let raised = max(open.priority, priority)
            context.openAlarm = OpenAlarmSummary(id: open.id, priority: raised, category: worse, confirmed: confirmed, burglaryZones: burglaryZones)
            return .join(alarmID: open.id, priority: raised, category: worse, confirmed: confirmed)
        }
        let opening = AlarmOpening(category: event.category, priority: priority, title: title(of: event, context: context), confirmed: confirmed)
        context.openAlarm = OpenAlarmSummary(
            id: opening.id, priority: priority, category: event.category, confirmed: confirmed, burglaryZones: burglaryZones)
        return .open(opening)
    }

    /// "Burglary Alarm — zone 3 réserve": the code's meaning and the zone as the site describes it.
    private func title(of event: SignalEvent, context: ProcessingContext) -> String {
        guard let number = event.zone else { return event.description }
        let zone = context.zones[number].map { "zone \(number) \($0.description)" } ?? "zone \(number)"
        return "\(event.description) — \(zone)"
    }
}
