import Foundation
import Testing
import VigieCore

/// A device is flooding from its `limit + 1`-th event within the window, said once per burst, and calm again once
/// its events are spread out.
@Suite struct DeviceFloodWatchTests {
    let start = Date(timeIntervalSince1970: 1_795_482_780)

    @Test func theBurstStartsOnceAndEndsWhenTheDeviceCalmsDown() {
        var watch = DeviceFloodWatch(limit: 3, window: 60)
        let camera = UUID()
        let rates = (0..<6).map { watch.record(camera, at: start.addingTimeInterval(Double($0))) }
        #expect(rates == [.calm, .calm, .calm, .floodStarts, .flooding, .flooding])
        // Ten minutes later the window holds one event: calm, and a new burst is said again.
        #expect(watch.record(camera, at: start.addingTimeInterval(600)) == .calm)
        let again = (1...3).map { watch.record(camera, at: start.addingTimeInterval(600 + Double($0))) }
        #expect(again == [.calm, .calm, .floodStarts])
    }

    @Test func eachDeviceHasItsOwnCount() {
        var watch = DeviceFloodWatch(limit: 1, window: 60)
        let (a, b) = (UUID(), UUID())
        #expect(watch.record(a, at: start) == .calm)
        #expect(watch.record(b, at: start) == .calm)
        #expect(watch.record(a, at: start.addingTimeInterval(1)) == .floodStarts)
        #expect(watch.record(b, at: start.addingTimeInterval(61)) == .calm)
    }

    /// Events spread just wider than the window never make a flood, however many there are.
    @Test func eventsSpreadOverTheWindowAreNoFlood() {
        var watch = DeviceFloodWatch(limit: 2, window: 60)
        let camera = UUID()
        let rates = (0..<50).map { watch.record(camera, at: start.addingTimeInterval(Double($0) * 30.5)) }
        #expect(rates.allSatisfy { $0 == .calm })
    }
}
