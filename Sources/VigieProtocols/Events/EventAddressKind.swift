/// What the number that follows an event code designates, per the code tables.
///
/// It decides whether a decoded number lands in ``DecodedEvent/zone``, ``DecodedEvent/user``
/// or ``DecodedEvent/partition``.
public enum EventAddressKind: String, Hashable, Sendable {
    /// A zone, point, door or device.
    case zone
    /// A user number.
    case user
    /// An area (partition).
    case area
    /// Unused.
    case none
    /// A condition, message or other number kept as the zone.
    case other
}
