/// What a logbook entry records. Open-ended so later features add kinds without a migration.
public struct LogbookKind: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static let configCreated: Self = "config.created"
    public static let configUpdated: Self = "config.updated"
    public static let configDeleted: Self = "config.deleted"
    public static let userCreated: Self = "user.created"
    public static let userUpdated: Self = "user.updated"
    public static let passwordChanged: Self = "user.passwordChanged"
    public static let login: Self = "session.login"
    public static let loginFailed: Self = "session.loginFailed"
    public static let logout: Self = "session.logout"
    public static let sessionExpired: Self = "session.expired"
    /// A free-text note written by an operator (*note de vacation*).
    public static let note: Self = "manual.note"
    /// An inbound call recorded by an operator (*réception d'appel*).
    public static let callReceived: Self = "manual.call"
    /// An incident reported by an operator.
    public static let incident: Self = "manual.incident"
    // Signals and alarms, as the engine records them.
    public static let signalLogged: Self = "signal.logged"
    public static let signalRefused: Self = "signal.refused"
    public static let alarmOpened: Self = "alarm.opened"
    public static let alarmEvent: Self = "alarm.event"
    public static let alarmRestore: Self = "alarm.restore"
    /// A more serious event joined an open alarm (``AlarmHandling/absorb(_:event:title:into:at:procedure:)``).
    public static let alarmAggravated: Self = "alarm.aggravated"
    // Alarm handling (``AlarmHandling``): the lifecycle, steps, dispatch, the handling timers.
    public static let alarmTaken: Self = "alarm.taken"
    public static let alarmReleased: Self = "alarm.released"
    public static let alarmTransferred: Self = "alarm.transferred"
    public static let alarmActivity: Self = "alarm.activity"
    public static let alarmDispatched: Self = "alarm.dispatched"
    public static let alarmAwaitingRestore: Self = "alarm.awaitingRestore"
    /// Parked in awaiting restore with someone on site (``Parking``), and back from it.
    public static let alarmParked: Self = "alarm.parked"
    public static let alarmReturned: Self = "alarm.returned"
    public static let alarmClosed: Self = "alarm.closed"
    public static let alarmEscalated: Self = "alarm.escalated"
    public static let alarmDeadManReleased: Self = "alarm.deadManReleased"
    public static let alarmDeadManWarning: Self = "alarm.deadManWarning"
    public static let alarmStep: Self = "alarm.step"
    public static let alarmDispatch: Self = "alarm.dispatch"
    public static let codeWordChecked: Self = "callback.codeWordChecked"
    // Images and clips as evidence (``MediaLog``): every arrival, view, download and purge (APSAD I31 annex 7).
    public static let mediaAttached: Self = "media.attached"
    public static let mediaViewed: Self = "media.viewed"
    public static let mediaDownloaded: Self = "media.downloaded"
    public static let mediaPurged: Self = "media.purged"
    /// Someone opened a camera's live view for an alarm.
    public static let mediaLiveViewed: Self = "media.liveViewed"
    /// A camera gave no image for an alarm (unreachable, refused, not a JPEG).
    public static let mediaFailed: Self = "media.failed"
    /// A device (a camera) sends more events than the flood limit allows (``DeviceFloodWatch``).
    public static let deviceFlooding: Self = "device.flooding"
    // Shifts (``ShiftRoster``).
    public static let shiftTakenOver: Self = "shift.takenOver"
    public static let shiftHandedOver: Self = "shift.handedOver"
    public static let stationStarted: Self = "station.started"
    public static let stationStopped: Self = "station.stopped"
    /// The demo's simulated traffic paused or resumed from the console.
    public static let demoTraffic: Self = "station.demoTraffic"

    /// The kinds an operator may write by hand.
    public static let manualKinds: [LogbookKind] = [.note, .callReceived, .incident]
}
