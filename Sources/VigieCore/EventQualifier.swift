/// Whether an event starts a condition, ends it, or only reports a state.
///
/// Contact ID qualifiers 1, 3 and 6 map to ``alarm``, ``restore`` and ``status``; SIA codes
/// carry the same meaning in their second letter (`BA` alarm, `BR` restore, `OP` status).
public enum EventQualifier: String, Codable, Sendable, CaseIterable, Hashable {
    /// A new event or an opening (Contact ID qualifier 1).
    case alarm
    /// The condition ended, or a closing (Contact ID qualifier 3).
    case restore
    /// A previously reported condition is still present (Contact ID qualifier 6).
    case status
}
