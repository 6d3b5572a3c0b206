/// Which of a site's open alarms an event joins: a site can have one open alarm of each family at a time.
///
/// An operator answers an intrusion, a fire or a hold-up with calls, a guard or the fire brigade, and a mains
/// failure or a low battery with a call to the client or a technician: different people, delays and closure
/// codes. So a fire never hides inside a six-minute-old "AC trouble" alarm, nor an AC trouble inside a fire:
/// each opens its own alarm and keeps its own title, age, escalation and evidence. Within a family, a more
/// serious event aggravates the open alarm (``AlarmHandling/absorb(_:event:title:into:at:procedure:)``).
public enum AlarmFamily: String, Sendable, Hashable, CaseIterable {
    /// Life safety, intrusion, tamper, 24-hour environmental alarms, openings and closings (an opening out of
    /// hours, the re-arming after a false alarm), and codes Vigie does not know, which could be any of these.
    case alarm
    /// Equipment trouble and link supervision, bypasses and information: the site's installation, not an intrusion.
    case technical
}

extension EventCategory {
    /// The family of alarms an event of this category belongs to.
    public var family: AlarmFamily {
        switch self {
        case .technical, .supervision, .bypass, .info: .technical
        case .burglary, .fire, .holdUp, .duress, .panic, .medical, .loneWorker, .environmental, .tamper, .opening, .closing, .unknown: .alarm
        }
    }

    /// The categories where a person may be in danger: they never wait behind anything else.
    public var isLifeSafety: Bool {
        [.fire, .holdUp, .duress, .panic, .medical, .loneWorker].contains(self)
    }
}
