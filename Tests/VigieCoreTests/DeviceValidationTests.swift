import Foundation
import Testing
import VigieCore

/// A camera or recorder in the customer base: each bad field named, each driver's own requirement.
@Suite struct DeviceValidationTests {
    static let siteID = UUID()

    static func device(_ change: (inout Device) -> Void = { _ in }) -> Device {
        var device = Device(siteID: siteID, name: "Caméra quai 2", driver: .hikvisionISAPI, host: "192.0.2.10")
        change(&device)
        return device
    }

    static func invalidFields(_ device: Device) -> [String] {
        do {
            try device.validate()
            return []
        } catch {
            return error.fields.map(\.field)
        }
    }

    @Test(arguments: [
        "192.0.2.10", "192.0.2.10:8080", "cam-quai2.site.example", "[2001:db8::10]", "[2001:db8::10]:8443", "localhost:65535",
    ])
    func aHostNameOrAddressWithItsPortIsAccepted(host: String) {
        #expect(Self.invalidFields(Self.device { $0.host = host }) == [])
    }

    @Test(arguments: [
        "", "http://192.0.2.10", "192.0.2.10/ISAPI", "cam quai", "192.0.2.10:0", "192.0.2.10:70000", "-cam.example", "[2001:db8::10",
        "[]:80", "cam..example",
    ])
    func aHostWithASchemeAPathOrABadPortIsRefused(host: String) {
        #expect(Self.invalidFields(Self.device { $0.host = host }) == ["host"])
    }

    @Test(arguments: [
        (device { $0.name = "" }, "name"),
        (device { $0.channel = 0 }, "channel"),
        (device { $0.channel = 257 }, "channel"),
        (device { $0.zones = [3, 3] }, "zones"),
        (device { $0.zones = [10_000] }, "zones"),
        (device { $0.presets = [.init(number: 1, name: "Portail"), .init(number: 1, name: "Quai")] }, "presets"),
        (device { $0.presets = [.init(number: 0, name: "Portail")] }, "presets[0].number"),
        (device { $0.presets = [.init(number: 2, name: "")] }, "presets[0].name"),
        (device { $0.rtspURL = "http://192.0.2.10/stream" }, "rtspURL"),
        (device { $0.snapshotURL = "snapshot.jpg" }, "snapshotURL"),
        (device { $0.mailbox = "quai 2@alarmes" }, "mailbox"),
        (device { $0.driver = .rtspOnly }, "rtspURL"),
        (device { $0.driver = .httpSnapshot }, "snapshotURL"),
    ])
    func eachBadFieldIsNamed(device: Device, field: String) {
        #expect(Self.invalidFields(device) == [field])
    }

    @Test func eachDriverWithWhatItNeedsIsValid() {
        let rtsp = Self.device {
            $0.driver = .rtspOnly
            $0.rtspURL = "rtsp://{host}:554/Streaming/Channels/{channel}01"
        }
        let snapshot = Self.device {
            $0.driver = .httpSnapshot
            $0.snapshotURL = "/cgi-bin/snapshot.cgi?channel=1"
        }
        #expect(Self.invalidFields(rtsp) == [] && Self.invalidFields(snapshot) == [])
    }

    /// Its password is a secret like an AES key: kept out of lists and the logbook; a mailbox names one device.
    @Test func thePasswordIsSecretAndTheMailboxUnique() {
        let device = Self.device {
            $0.password = "12345"
            $0.mailbox = "Quai2"
        }
        let (redacted, withheld) = device.redacted()
        #expect(redacted.password == nil && withheld == ["password"])
        #expect(device.uniqueKey == Self.device { $0.mailbox = "quai2" }.uniqueKey)
        #expect(Self.device().uniqueKey == nil)
        #expect(device.parent == EntityReference(.site, Self.siteID))
    }
}
