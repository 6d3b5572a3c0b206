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
        if AlarmPolicy.logOnlyCategories.contains(event.category), !stationGenerated {
            return .logged(reason: event.category == .supervision ? .linkCheck : .information)
        }
        guard let site = context.site else {
            guard stationGenerated else { return .logged(reason: .unknownSite) }
            // The end of a station problem reported without a station site (none configured) restores its alarm.
            if event.qualifier == .restore { return restore(event, context: context) }
            return raise(event, at: date, risk: .medium, context: &context)
        }
        if event.category == .opening || event.category == .closing {
            // The station's own schedule checks (late to close) are anomalies by definition.
            if stationGenerated { return raise(event, at: date, risk: site.riskLevel, context: &context) }
            return scheduled(event, at: date, site: site, context: &context)
        }
        if event.qualifier == .restore { return restore(event, context: context) }
        if !policy.testModeExceptions.contains(event.category) {
            switch site.mode.effective(at: date) {
            case .test: return .logged(reason: .siteOnTest)
            case .outOfService: return .logged(reason: .siteOutOfService)
            case .normal: break
            }
            if let zone = event.zone, context.activeInstructions.contains(where: { $0.suppressedZones.contains(zone) }) {
                return .logged(reason: .zoneSuppressed)
            }
            if let device = context.deviceID {
                if context.activeInstructions.contains(where: { $0.suppressedDevices.contains(device) }) { return .logged(reason: .deviceMuted) }
                // A flooding device's events still join the open alarm; they do not open one alarm after another.
                if context.deviceFlooding, context.openAlarm == nil { return .logged(reason: .deviceFlooding) }
            }
        }
        return raise(event, at: date, risk: site.riskLevel, context: &context)
    }

    /// A restore: the zone is back to normal in the open alarm, if there is one.
    private func restore(_ event: SignalEvent, context: ProcessingContext) -> EventDecision {
        guard let open = context.openAlarm else { return .logged(reason: .restoreWithoutAlarm) }
        return .restore(alarmID: open.id, zone: event.zone)
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
        var summary = context.openAlarm ?? OpenAlarmSummary(id: UUID(), priority: 0, category: event.category)
        let confirmedBefore = summary.confirmed
        confirm(event, at: date, in: &summary)
        let confirmsThis = summary.confirmed && [.burglary, .holdUp, .tamper].contains(event.category)
        let effective = event.category == .tamper && confirmsThis ? EventCategory.holdUp : event.category
        let priority = policy.priority(
            of: effective, risk: risk, confirmed: confirmsThis, station: context.isStationSite,
            base: context.procedures.priority(category: effective, code: event.code, site: context.site))
        if let open = context.openAlarm {
            let category = confirmsThis && !confirmedBefore && event.category == .tamper ? .holdUp : event.category
            summary.category = priority > open.priority ? category : open.category
            summary.priority = max(open.priority, priority)
            context.openAlarm = summary
            return .join(alarmID: open.id, priority: summary.priority, category: summary.category, confirmed: summary.confirmed)
        }
        let titles = title(of: event, context: context)
        let opening = AlarmOpening(
            id: summary.id, category: event.category, priority: priority, title: titles.en, titles: titles, confirmed: summary.confirmed,
            code: event.code)
        summary.priority = priority
        context.openAlarm = summary
        return .open(opening)
    }

    /// Sequential confirmation: two burglary zones within the window (EN 50131-9 / BS 8243), or a hold-up
    /// confirmed by a second trigger more than 2 min later or by a tamper within 2 min (BS 8243).
    private func confirm(_ event: SignalEvent, at date: Date, in summary: inout OpenAlarmSummary) {
        switch event.category {
        case .burglary:
            guard let zone = event.zone else { return }
            if summary.burglaryZones.contains(where: { $0.key != zone && date.timeIntervalSince($0.value) <= policy.confirmationWindow }) {
                summary.confirmed = true
            }
            summary.burglaryZones[zone] = summary.burglaryZones[zone] ?? date
        case .holdUp:
            if let first = summary.holdUpAt, date.timeIntervalSince(first) > policy.holdUpConfirmationWindow { summary.confirmed = true }
            if let tamper = summary.tamperAt, abs(date.timeIntervalSince(tamper)) <= policy.holdUpConfirmationWindow { summary.confirmed = true }
            summary.holdUpAt = summary.holdUpAt ?? date
        case .tamper:
            if let holdUp = summary.holdUpAt, abs(date.timeIntervalSince(holdUp)) <= policy.holdUpConfirmationWindow { summary.confirmed = true }
            summary.tamperAt = summary.tamperAt ?? date
        default:
            break
        }
    }

    /// "Alarme intrusion — zone 3 réserve": the code's meaning and the zone as the site describes it, in each
    /// language. Zone 0 is the panel itself (Contact ID `000`) unless the site describes one: "Panne secteur", not
    /// "Panne secteur — zone 0".
    public func title(of event: SignalEvent, context: ProcessingContext) -> Wording {
        guard let number = event.zone, number != 0 || context.zones[0] != nil else { return event.wording }
        let zone = context.zones[number].map { " — zone \(number) \($0.description)" } ?? " — zone \(number)"
        return event.wording.appending(Wording(both: zone))
    }
}
