import Configuration
import Foundation
import Testing
import VigieCore
import VigieEngine

@testable import Vigie

/// The alarm rules and clocks come from the configuration file, and a wrong value names its key.
@Suite struct AlarmSettingsTests {
    private func settings(_ values: [AbsoluteConfigKey: ConfigValue]) throws -> AlarmSettings {
        try AlarmSettings(reader: ConfigReader(provider: InMemoryProvider(values: values)))
    }

    @Test func withoutKeysTheIssueDefaultsApply() throws {
        let defaults = try settings([:])
        #expect(defaults.policy == AlarmPolicy())
        #expect(defaults.timers.escalationDelays[.holdUp] == 30)
        #expect(defaults.timers.escalationDelays[.burglary] == nil)
        #expect(defaults.timers.defaultEscalationDelay == 60)
        #expect(defaults.timers.deadManWarning == 180)
        #expect(defaults.timers.deadManRelease == 300)
    }

    @Test func everyRuleAndClockCanBeTuned() throws {
        let tuned = try settings([
            "alarms.priority.fire": .init(.int(98), isSecret: false),
            "alarms.testModeExceptions": .init(.stringArray(["holdUp", "fire"]), isSecret: false),
            "alarms.confirmationMinutes": .init(.int(45), isSecret: false),
            "alarms.holdUpConfirmationSeconds": .init(.int(90), isSecret: false),
            "alarms.escalationSeconds.burglary": .init(.int(45), isSecret: false),
            "alarms.escalationSeconds.default": .init(.int(90), isSecret: false),
            "alarms.urgentPriority": .init(.int(70), isSecret: false),
            "alarms.escalationSeconds.urgent": .init(.int(20), isSecret: false),
            "alarms.deadManWarningSeconds": .init(.int(120), isSecret: false),
            "alarms.deadManReleaseSeconds": .init(.int(240), isSecret: false),
        ])
        #expect(tuned.policy.priorities[.fire] == 98)
        #expect(tuned.policy.priorities[.burglary] == AlarmPolicy.defaultPriorities[.burglary])
        #expect(tuned.policy.testModeExceptions == [.holdUp, .fire])
        #expect(tuned.policy.confirmationWindow == 45 * 60)
        #expect(tuned.policy.holdUpConfirmationWindow == 90)
        #expect(tuned.timers.escalationDelays[.burglary] == 45)
        #expect(tuned.timers.escalationDelays[.holdUp] == 30)
        #expect(tuned.timers.defaultEscalationDelay == 90)
        #expect(tuned.timers.urgentPriority == 70 && tuned.timers.urgentEscalationDelay == 20)
        #expect(tuned.timers.deadManWarning == 120)
        #expect(tuned.timers.deadManRelease == 240)
    }

    @Test(arguments: [
        ("alarms.priority.fire", ConfigContent.int(-1)),
        ("alarms.testModeExceptions", .stringArray(["holdUp", "robbery"])),
        ("alarms.confirmationMinutes", .int(0)),
        ("alarms.escalationSeconds.holdUp", .int(0)),
        ("alarms.escalationSeconds.urgent", .int(0)),
        ("alarms.urgentPriority", .int(-5)),
        ("alarms.deadManReleaseSeconds", .int(100)),
    ])
    func aWrongValueNamesItsKey(key: String, content: ConfigContent) throws {
        #expect {
            try settings([AbsoluteConfigKey(stringLiteral: key): .init(content, isSecret: false)])
        } throws: { error in
            "\(error)".contains("configuration key \(key) ")
        }
    }
}
