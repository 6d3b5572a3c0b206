/// The Vigie category of an event: what kind of situation a decoded code reports.
///
/// Every Contact ID and SIA code maps to exactly one category; the category chooses the
/// procedure (*consigne*) and the default priority. A code Vigie does not know maps to
/// ``unknown`` rather than failing, so a new panel firmware never loses a signal.
public enum EventCategory: String, Codable, Sendable, CaseIterable, Hashable {
    /// Intrusion detected (burglary zone, perimeter, interior, entry/exit, glass break).
    case burglary
    /// Fire, smoke, heat, or a fire-system alarm.
    case fire
    /// Silent hold-up / robbery alarm (*agression*).
    case holdUp
    /// A user armed or disarmed under duress (*contrainte*).
    case duress
    /// Panic button, audible or silent emergency call.
    case panic
    /// Medical or personal emergency, including fall detection.
    case medical
    /// Lone-worker alarm (*PTI / DATI*), possibly with a position.
    case loneWorker
    /// Environmental 24-hour alarms: gas, water, temperature, freezer, industrial process.
    case environmental
    /// Equipment trouble: power, battery, communication path, sensor, bell (*défaut technique*).
    case technical
    /// Tamper of a detector, the panel or a keypad (*autoprotection*).
    case tamper
    /// Periodic test, polls and link supervision (*test cyclique*).
    case supervision
    /// The site was disarmed (*mise hors service*).
    case opening
    /// The site was armed (*mise en service*).
    case closing
    /// A zone was bypassed, inhibited or disabled.
    case bypass
    /// Access control, event log, configuration and other information with no action expected.
    case info
    /// A code Vigie does not know; kept with its raw code for the operator.
    case unknown
}
