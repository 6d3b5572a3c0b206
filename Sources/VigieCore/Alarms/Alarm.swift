import Foundation

/// The operator's work item (*alarme à traiter*): one site's events grouped, prioritised, and handled to closure.
public struct Alarm: Codable, Sendable, Hashable, Identifiable {
    public var id: UUID
    public var siteID: UUID?
    public var category: EventCategory
    /// Higher first in the queue.
    public var priority: Int
    /// In English, as the logbook's stored sentences say it; ``titles`` is what a person reads.
    public var title: String
    /// The title in each language ("Alarme intrusion — zone 3 réserve"); `nil` for alarms stored before it was kept.
    public var titles: Wording?
    /// Two zones within the confirmation window: a confirmed intrusion.
    public var confirmed: Bool
    /// When its first event was received: the start of every response-time figure.
    public var createdAt: Date
    public var lastEventAt: Date
    public var eventCount: Int
    /// Zones that went into alarm or fault and have not been restored yet.
    public var zonesInAlarm: [Int]
    public var lifecycle: AlarmLifecycle
    /// The procedure being followed, step by step.
    public var steps: [StepRecord] = []
    /// Which new signals join it while it is open (see ``AlarmGrouping``); kept so a restarted engine knows.
    public var grouping: String?
    /// When it was last aggravated (a fire joining a burglary, a second zone confirming the intrusion): the alarm
    /// is shown, prioritised and escalated as it is now from then on, its age counted from it, and it rings again;
    /// ``createdAt`` still starts the response times.
    public var takenOverAt: Date?
    /// The code of the event the alarm is about: its first, or the one that aggravated it. A procedure written for
    /// one code (the station's DISK-LOW, a pharmacy's mains failure) is chosen by it.
    public var code: String?
    /// The account of the transmitter of its first event, for the operator's search.
    public var account: String?
    /// The distinct codes of its events in arrival order, at most ``maximumCodes``, for the operator's search.
    public var codes: [String]?

    /// The current or last parking in awaiting restore with someone on site.
    public var parking: Parking?
    /// When it last came back from parking: its age in the queue counts from then.
    public var returnedAt: Date?

    /// When the guard company was first asked to go, for the contract's response time.
    public var guardRequestedAt: Date?

    /// Enough codes to find an alarm by any of them; a storm's thousandth event adds nothing to search.
    public static let maximumCodes = 16

    /// Since when the alarm is what it is now: its age in the queue, and its escalation clock.
    public var currentSince: Date { [takenOverAt, returnedAt].compactMap { $0 }.max() ?? createdAt }

    public init(id: UUID, siteID: UUID?, opening: AlarmOpening, zone: Int?, at date: Date) {
        self.id = id
        self.siteID = siteID
        self.category = opening.category
        self.priority = opening.priority
        self.title = opening.title
        self.titles = opening.titles
        self.confirmed = opening.confirmed
        self.createdAt = date
        self.lastEventAt = date
        self.eventCount = 1
        self.zonesInAlarm = zone.map { [$0] } ?? []
        self.lifecycle = AlarmLifecycle()
        self.code = opening.code
        self.codes = opening.code.map { [$0] }
    }

    /// Gives the alarm a new title in both languages.
    mutating func retitle(_ wording: Wording) {
        title = wording.en
        titles = wording
    }

    /// Remembers `code` among the alarm's codes, for search.
    mutating func note(code: String) {
        var known = codes ?? []
        guard !known.contains(code), known.count < Self.maximumCodes else { return }
        known.append(code)
        codes = known
    }

    /// Applies a processing decision about one more event of this alarm.
    public mutating func absorb(_ decision: EventDecision, zone: Int?, at date: Date) {
        switch decision {
        case .join(_, let priority, let category, let confirmed):
            self.priority = max(self.priority, priority)
            self.category = category
            self.confirmed = self.confirmed || confirmed
            eventCount += 1
            lastEventAt = max(lastEventAt, date)
            if let zone, !zonesInAlarm.contains(zone) { zonesInAlarm.append(zone) }
        case .restore:
            eventCount += 1
            lastEventAt = max(lastEventAt, date)
            zonesInAlarm.removeAll { $0 == zone }
        case .open, .logged:
            break
        }
    }

    /// Required steps neither done nor skipped: they block the closure.
    public var pendingRequiredSteps: Int { steps.filter(\.isPending).count }

    /// Follows `procedure` from now on: recorded steps stay, steps not yet recorded are replaced by the new ones.
    /// Used when the alarm opens and when a worse category (fire joining a burglary, a duress word) takes over.
    public mutating func follow(_ procedure: Procedure?) {
        guard let procedure else { return }
        steps =
            steps.filter { $0.outcome != nil || $0.skippedReason != nil }
            + procedure.steps.map { StepRecord(step: $0, procedureTitle: procedure.title) }
    }

    /// The site restored: a wait-for-restore step still pending is done, by the station, at the restore's time.
    public mutating func completeWaitForRestore(at date: Date) {
        for index in steps.indices where steps[index].step.kind == .waitForRestore && steps[index].outcome == nil && steps[index].skippedReason == nil
        {
            steps[index].outcome = StepOutcome(restored: true)
            steps[index].by = AlarmActor.station.name
            steps[index].at = date
        }
    }

    /// Records the outcome of step `index`, or its skipping with a reason.
    public mutating func record(step index: Int, outcome: StepOutcome?, skippedReason: String?, by name: String, at date: Date) throws(StepError) {
        guard steps.indices.contains(index) else { throw .noSuchStep(index) }
        guard steps[index].outcome == nil, steps[index].skippedReason == nil else { throw .alreadyRecorded(index) }
        if outcome == nil, (skippedReason ?? "").trimmingCharacters(in: .whitespaces).isEmpty { throw .reasonRequired }
        if let outcome, steps[index].isCallStep, let call = outcome.call, call != .answered, steps[index].step.noAnswerAction == .retry {
            // Nobody reached: one more attempt, and the step stays open for the next number or contact.
            var attempt = outcome
            attempt.note = [outcome.note, "\(name) \(date.iso8601Milliseconds)"].compactMap { $0 }.joined(separator: " — ")
            steps[index].attempts = (steps[index].attempts ?? []) + [attempt]
            return
        }
        steps[index].outcome = outcome
        steps[index].skippedReason = outcome == nil ? skippedReason : nil
        steps[index].by = name
        steps[index].at = date
    }

    /// What processing needs to know about it while it is open: its stored state, with the confirmation
    /// tracking (zones and times seen) that processing kept from earlier events.
    public func summary(tracking: OpenAlarmSummary?) -> OpenAlarmSummary {
        OpenAlarmSummary(
            id: id, priority: priority, category: category, confirmed: confirmed, burglaryZones: tracking?.burglaryZones ?? [:],
            holdUpAt: tracking?.holdUpAt, tamperAt: tracking?.tamperAt)
    }
}
