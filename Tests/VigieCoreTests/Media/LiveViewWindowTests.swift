import Foundation
import Testing
import VigieCore

/// A site's cameras may be watched live only for an alarm, until the window after its latest event, and never once
/// the alarm is closed.
@Suite struct LiveViewWindowTests {
    let opened = Date(timeIntervalSince1970: 1_795_482_780)

    private func alarm(lastEventAfter seconds: TimeInterval = 0) -> Alarm {
        var alarm = Alarm(
            id: UUID(), siteID: UUID(), opening: AlarmOpening(category: .burglary, priority: 60, title: "Intrusion"), zone: 1, at: opened)
        alarm.lastEventAt = opened.addingTimeInterval(seconds)
        return alarm
    }

    @Test func theWindowRunsFromTheOpeningToTenMinutesAfterTheLatestEvent() {
        let window = LiveViewWindow()
        #expect(window.isOpen(for: alarm(), at: opened) && window.isOpen(for: alarm(), at: opened.addingTimeInterval(599)))
        #expect(!window.isOpen(for: alarm(), at: opened.addingTimeInterval(600)))
        #expect(!window.isOpen(for: alarm(), at: opened.addingTimeInterval(-1)))
        // The intruder is seen again at 8 min: the window follows.
        #expect(window.isOpen(for: alarm(lastEventAfter: 480), at: opened.addingTimeInterval(1000)))
        #expect(window.end(of: alarm(lastEventAfter: 480)) == opened.addingTimeInterval(1080))
        #expect(LiveViewWindow(minutes: 2).end(of: alarm()) == opened.addingTimeInterval(120))
    }

    @Test func aClosedAlarmIsNeverWatched() throws {
        var closed = alarm()
        let karim = AlarmActor(userID: nil, name: "karim", role: .operator)
        try closed.lifecycle.apply(.take, by: karim, at: opened)
        try closed.lifecycle.apply(.close(code: "FA-USR", comment: nil, commentRequired: false, pendingRequiredSteps: 0), by: karim, at: opened)
        #expect(!LiveViewWindow().isOpen(for: closed, at: opened.addingTimeInterval(10)))
    }
}
