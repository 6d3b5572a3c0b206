import Foundation
import Testing
import VigieCore
import VigieEngine
import VigieReceivers
import VigieTestSupport

/// The supervision deadlines, driven by hand: every method takes the time, so no test waits.
@Suite struct LinkSupervisorTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let panel = UUID()
    /// DP4: 90 s reporting interval plus 9 s grace.
    let dp4 = SupervisionWindow(interval: .seconds(90), grace: .seconds(9))

    /// The origin of the monotonic clock in these tests; it has nothing to do with `start`.
    let origin = MonotonicInstant(sinceOrigin: .seconds(5_000))

    /// The wall-clock time `seconds` after `start`, as the record tells it.
    func at(_ seconds: TimeInterval) -> Date { start.addingTimeInterval(seconds) }
    /// The monotonic instant `seconds` after `start`.
    func mono(_ seconds: TimeInterval) -> MonotonicInstant { origin + .seconds(seconds) }
    /// `seconds` after `start` on both clocks.
    func time(_ seconds: TimeInterval) -> StationInstant { StationInstant(wall: at(seconds), monotonic: mono(seconds)) }

    @Test func reportsLostExactlyAtTheDeadline() {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: dp4, since: time(0))
        #expect(supervisor.status(of: panel) == .up(deadline: at(99)))
        #expect(supervisor.nextDeadline == mono(99))
        #expect(supervisor.expire(now: mono(98.999)).isEmpty)
        let lost = supervisor.expire(now: mono(99))
        #expect(lost == [LinkChange(transmitterID: panel, kind: .lost, at: at(99), lastHeardAt: start)])
        #expect(supervisor.status(of: panel) == .lost(since: at(99)))
        #expect(supervisor.expire(now: mono(1000)).isEmpty, "a lost link is reported once")
        #expect(supervisor.nextDeadline == nil)
    }

    @Test func trafficPushesTheDeadline() {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: dp4, since: time(0))
        #expect(supervisor.heard(panel, at: time(50)) == nil)
        #expect(supervisor.expire(now: mono(99)).isEmpty)
        #expect(supervisor.status(of: panel) == .up(deadline: at(149)))
        #expect(supervisor.heard(panel, at: time(30)) == nil, "older traffic changes nothing")
        #expect(supervisor.status(of: panel) == .up(deadline: at(149)))
        #expect(supervisor.expire(now: mono(148.9)).isEmpty)
        #expect(supervisor.expire(now: mono(149)).map(\.at) == [at(149)])
    }

    @Test func lostThenRestoredThenLostAgain() {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: dp4, since: time(0))
        #expect(supervisor.expire(now: mono(100)).map(\.kind) == [.lost])
        let restored = supervisor.heard(panel, at: time(130))
        #expect(restored == LinkChange(transmitterID: panel, kind: .restored, at: at(130), lastHeardAt: start))
        #expect(supervisor.status(of: panel) == .up(deadline: at(229)))
        #expect(supervisor.heard(panel, at: time(131)) == nil, "restored once")
        #expect(supervisor.expire(now: mono(229)).isEmpty)
        #expect(supervisor.expire(now: mono(230)).map(\.at) == [at(230)])
    }

    /// Deadlines run on the monotonic clock; the wall clock only tells the record when things happened.
    @Test func aWallClockStepMovesNeitherDeadlineButShowsInTheRecord() {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: dp4, since: time(0))
        // The wall clock went 120 s ahead between the start and a poll at 50 s.
        #expect(supervisor.heard(panel, at: StationInstant(wall: at(170), monotonic: mono(50))) == nil)
        #expect(supervisor.status(of: panel) == .up(deadline: at(269)))
        #expect(supervisor.expire(now: mono(148.999)).isEmpty)
        #expect(supervisor.expire(now: mono(149)) == [LinkChange(transmitterID: panel, kind: .lost, at: at(269), lastHeardAt: at(170))])
    }

    @Test func neverHeardTransmitterIsSupervisedFromItsStart() {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: SupervisionWindow(interval: .seconds(180)), since: time(10))
        let lost = supervisor.expire(now: mono(190))
        #expect(lost == [LinkChange(transmitterID: panel, kind: .lost, at: at(190), lastHeardAt: at(10))])
    }

    @Test func shorterProfileMovesTheDeadlineEarlier() throws {
        let sp2 = try #require(SupervisionProfile.presets.first { $0.name == "SP2" })
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: SupervisionWindow(sp2), since: time(0))
        _ = supervisor.heard(panel, at: time(20))
        #expect(supervisor.expire(now: mono(3600)).isEmpty)
        supervisor.configure(panel, window: dp4, since: time(3600))
        #expect(supervisor.status(of: panel) == .up(deadline: at(119)), "counts from the last contact")
        #expect(supervisor.expire(now: mono(3600)).map(\.at) == [at(119)])
    }

    @Test func longerProfileMovesTheDeadlineLater() {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: dp4, since: time(0))
        supervisor.configure(panel, window: SupervisionWindow(interval: .seconds(300)), since: time(10))
        #expect(supervisor.expire(now: mono(299)).isEmpty, "the old deadline no longer counts")
        #expect(supervisor.expire(now: mono(300)).map(\.at) == [at(300)])
    }

    @Test func sameProfileAgainKeepsTheDeadline() {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: dp4, since: time(0))
        supervisor.configure(panel, window: dp4, since: time(60))
        #expect(supervisor.status(of: panel) == .up(deadline: at(99)))
    }

    @Test func lostLinkStaysLostWhenItsProfileChanges() {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: dp4, since: time(0))
        _ = supervisor.expire(now: mono(99))
        supervisor.configure(panel, window: SupervisionWindow(interval: .seconds(3600)), since: time(120))
        #expect(supervisor.status(of: panel) == .lost(since: at(99)))
        #expect(supervisor.heard(panel, at: time(130))?.kind == .restored)
        #expect(supervisor.status(of: panel) == .up(deadline: at(3730)))
    }

    @Test func unsupervisedTransmitterIsNeverLostAndSupervisionIsNotRetroactive() {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: dp4, since: time(0))
        supervisor.configure(panel, window: nil, since: time(10))
        #expect(supervisor.status(of: panel) == .unsupervised)
        #expect(supervisor.expire(now: mono(10_000)).isEmpty)
        #expect(supervisor.heard(panel, at: time(20)) == nil)
        supervisor.configure(panel, window: dp4, since: time(10_000))
        #expect(supervisor.status(of: panel) == .up(deadline: at(10_099)))
    }

    @Test func removedTransmitterIsForgottenAndItsSlotReused() {
        var supervisor = LinkSupervisor()
        let other = UUID()
        supervisor.configure(panel, window: dp4, since: time(0))
        supervisor.remove(panel)
        #expect(supervisor.status(of: panel) == nil)
        #expect(supervisor.heard(panel, at: time(5)) == nil)
        supervisor.configure(other, window: dp4, since: time(50))
        #expect(supervisor.count == 1)
        #expect(supervisor.expire(now: mono(1000)) == [LinkChange(transmitterID: other, kind: .lost, at: at(149), lastHeardAt: at(50))])
    }

    @Test func unknownTransmitterIsIgnored() {
        var supervisor = LinkSupervisor()
        #expect(supervisor.heard(panel, at: time(0)) == nil)
        #expect(supervisor.status(of: panel) == nil)
        #expect(supervisor.expire(now: mono(1_000_000)).isEmpty)
    }

    @Test(arguments: SupervisionProfile.presets)
    func presetIsLostAfterItsIntervalPlusGrace(profile: SupervisionProfile) {
        var supervisor = LinkSupervisor()
        supervisor.configure(panel, window: SupervisionWindow(profile), since: time(0))
        let seconds = TimeInterval(profile.reportingIntervalSeconds + profile.graceSeconds)
        #expect(supervisor.expire(now: mono(seconds - 0.001)).isEmpty)
        #expect(supervisor.expire(now: mono(seconds)).map(\.at) == [at(seconds)])
    }

    @Test func presetsHaveTheCategoryReportingTimes() {
        let intervals = Dictionary(uniqueKeysWithValues: SupervisionProfile.presets.map { ($0.name, $0.reportingIntervalSeconds) })
        #expect(intervals["SP2"] == 25 * 3600)
        #expect(intervals["SP3"] == 30 * 60)
        #expect(intervals["SP4"] == 3 * 60)
        #expect(intervals["DP4"] == 90)
        #expect(SupervisionWindow(SupervisionProfile.presets.first { $0.name == "DP4" }!) == dp4)
    }

    /// Ten thousand links with random windows and traffic, checked against a plain dictionary model.
    @Test func manyLinksExpireInDeadlineOrderAsAModelSays() {
        var random = SplitMix64(seed: 42)
        var supervisor = LinkSupervisor(expectedTransmitters: 10_000)
        var model: [UUID: (window: Int, lastHeard: Int, lost: Bool)] = [:]
        let ids = (0..<10_000).map { _ in UUID() }
        for id in ids {
            let window = Int(random.next() % 600) + 10
            supervisor.configure(id, window: SupervisionWindow(interval: .seconds(window)), since: time(0))
            model[id] = (window, 0, false)
        }
        var reported: [LinkChange] = []
        for second in stride(from: 1, through: 1200, by: 1) {
            for _ in 0..<20 {
                let id = ids[Int(random.next() % UInt64(ids.count))]
                let wasLost = model[id]!.lost
                if let change = supervisor.heard(id, at: time(TimeInterval(second))) { reported.append(change) }
                model[id]!.lastHeard = second
                model[id]!.lost = false
                if wasLost { #expect(reported.last?.kind == .restored && reported.last?.transmitterID == id) }
            }
            let lost = supervisor.expire(now: mono(TimeInterval(second)))
            #expect(lost.map(\.at) == lost.map(\.at).sorted(), "deadline order")
            let due = model.filter { !$0.value.lost && $0.value.lastHeard + $0.value.window <= second }
            #expect(Set(lost.map(\.transmitterID)) == Set(due.keys))
            for id in due.keys { model[id]!.lost = true }
            for change in lost {
                #expect(change.at == at(TimeInterval(model[change.transmitterID]!.lastHeard + model[change.transmitterID]!.window)))
            }
            reported += lost
        }
        #expect(reported.count > 10_000)
        #expect(supervisor.upLinks == model.values.count { !$0.lost })
    }
}
