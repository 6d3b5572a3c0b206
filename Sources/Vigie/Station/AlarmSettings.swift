import Configuration
import Foundation
import VigieCore
import VigieEngine

/// The alarm rules and handling clocks an administrator tunes in the configuration file, read and checked once.
///
/// Keys (every category name is an ``EventCategory`` raw value such as `holdUp` or `burglary`):
/// - `alarms.priority.<category>` (int ≥ 0; defaults in ``AlarmPolicy/defaultPriorities``)
/// - `alarms.testModeExceptions` (list of categories still alarmed on a site on test; default hold-up, duress, panic, fire, medical)
/// - `alarms.confirmationMinutes` (int, 30), `alarms.confirmationBonus` (int, 20), `alarms.holdUpConfirmationSeconds` (int, 120),
///   `alarms.stationBonus` (int, 1000)
/// - `alarms.deviceFloodEvents` (int, 10) and `alarms.deviceFloodMinutes` (int, 5): a device sending more events than
///   that within that time is flooding (``DeviceFloodWatch``)
/// - `alarms.escalationSeconds.<category>` (int > 0; 30 for hold-up, duress, panic, fire), `alarms.escalationSeconds.default` (int, 60)
/// - `alarms.urgentPriority` (int, 85) and `alarms.escalationSeconds.urgent` (int, 30): an alarm of at least that
///   priority, whatever its category, escalates within that delay
/// - `alarms.deadManWarningSeconds` (int, 180), `alarms.deadManReleaseSeconds` (int, 300; more than the warning)
struct AlarmSettings: Sendable {
    var policy: AlarmPolicy
    var timers: HandlingTimers.Configuration

    init(reader: ConfigReader) throws {
        let defaults = AlarmPolicy()
        var policy = defaults
        for category in EventCategory.allCases {
            policy.priorities[category] = try Self.nonNegative(
                reader, "alarms.priority.\(category.rawValue)", default: defaults.priorities[category] ?? 0)
        }
        if let names = reader.stringArray(forKey: "alarms.testModeExceptions") {
            policy.testModeExceptions = try Set(names.map { try Self.category($0, key: "alarms.testModeExceptions") })
        }
        policy.confirmationWindow = TimeInterval(try Self.positive(reader, "alarms.confirmationMinutes", default: 30) * 60)
        policy.confirmationBonus = try Self.nonNegative(reader, "alarms.confirmationBonus", default: defaults.confirmationBonus)
        policy.holdUpConfirmationWindow = TimeInterval(
            try Self.positive(reader, "alarms.holdUpConfirmationSeconds", default: Int(defaults.holdUpConfirmationWindow)))
        policy.stationBonus = try Self.nonNegative(reader, "alarms.stationBonus", default: defaults.stationBonus)
        policy.deviceFloodLimit = try Self.positive(reader, "alarms.deviceFloodEvents", default: defaults.deviceFloodLimit)
        policy.deviceFloodWindow = TimeInterval(
            try Self.positive(reader, "alarms.deviceFloodMinutes", default: Int(defaults.deviceFloodWindow / 60)) * 60)
        self.policy = policy

        let defaultTimers = HandlingTimers.Configuration()
        var timers = defaultTimers
        for category in EventCategory.allCases {
            let key = "alarms.escalationSeconds.\(category.rawValue)"
            if let configured = reader.int(forKey: ConfigKey(key)) {
                timers.escalationDelays[category] = TimeInterval(try Self.checkPositive(configured, key: key))
            }
        }
        timers.defaultEscalationDelay = TimeInterval(
            try Self.positive(reader, "alarms.escalationSeconds.default", default: Int(defaultTimers.defaultEscalationDelay)))
        timers.urgentPriority = try Self.nonNegative(reader, "alarms.urgentPriority", default: defaultTimers.urgentPriority)
        timers.urgentEscalationDelay = TimeInterval(
            try Self.positive(reader, "alarms.escalationSeconds.urgent", default: Int(defaultTimers.urgentEscalationDelay)))
        timers.deadManWarning = TimeInterval(try Self.positive(reader, "alarms.deadManWarningSeconds", default: Int(defaultTimers.deadManWarning)))
        let release = try Self.positive(reader, "alarms.deadManReleaseSeconds", default: Int(defaultTimers.deadManRelease))
        guard TimeInterval(release) > timers.deadManWarning else {
            throw ConfigurationError.invalid(
                key: "alarms.deadManReleaseSeconds", value: "\(release)",
                expected: "more than alarms.deadManWarningSeconds (\(Int(timers.deadManWarning)))")
        }
        timers.deadManRelease = TimeInterval(release)
        self.timers = timers
    }

    private static func category(_ name: String, key: String) throws -> EventCategory {
        guard let category = EventCategory(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
            throw ConfigurationError.invalid(
                key: key, value: name, expected: "event categories among " + EventCategory.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return category
    }

    private static func nonNegative(_ reader: ConfigReader, _ key: String, default value: Int) throws -> Int {
        let configured = reader.int(forKey: ConfigKey(key), default: value)
        guard configured >= 0 else { throw ConfigurationError.invalid(key: key, value: "\(configured)", expected: "0 or more") }
        return configured
    }

    /// A key that must be more than 0 (also for the other settings groups).
    static func positive(_ reader: ConfigReader, _ key: String, default value: Int) throws -> Int {
        try checkPositive(reader.int(forKey: ConfigKey(key), default: value), key: key)
    }

    private static func checkPositive(_ value: Int, key: String) throws -> Int {
        guard value > 0 else { throw ConfigurationError.invalid(key: key, value: "\(value)", expected: "more than 0") }
        return value
    }
}
