extension SimulatedPanel {
    /// The kind of device a panel is, which decides the events it can send at all.
    public enum Role: Sendable, Hashable {
        /// An intrusion or fire panel: polls, tests, openings and closings, alarms and troubles with their restores.
        case alarmPanel
        /// A dead-man device (*homme mort*, *DATI*): it tests its link and, when its wearer does not acknowledge
        /// it in time, reports a missed check-in on `zone`, the zone the station knows it by. It arms nothing and
        /// detects nothing, so it never sends an opening, a closing or a burglary.
        case deadMan(zone: Int)
    }
}
