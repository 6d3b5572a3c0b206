/// Where an alarm is in its handling; it leaves the queue only through ``closed`` (DESIGN invariant 4).
public enum AlarmState: String, Codable, Sendable, CaseIterable {
    /// In the queue, waiting for an operator (*à traiter*).
    case new
    /// Locked by one operator, who alone may act on it (*prise en compte*).
    case taken
    /// The operator is following the procedure (*en cours de traitement*).
    case inProgress
    /// A guard or a public service has been sent (*intervention en cours*).
    case dispatched
    /// Everything is done but the site is not back to normal yet (*attente de retour au calme*).
    case awaitingRestore
    /// Closed with a closure code (*acquittée*).
    case closed

    /// States in which the alarm is still on someone's desk or in the queue.
    public var isOpen: Bool { self != .closed }
}
