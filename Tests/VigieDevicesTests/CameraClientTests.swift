import Foundation
import Testing
import VigieCore
import VigieDevices
import VigieWeb

/// Snapshots from a camera on loopback: Digest answered, Basic answered, and each way a device can fail named.
@Suite struct CameraClientTests {
    private func camera(_ host: String, path: String, password: String = DemoCameraRoutes.password) -> Device {
        Device(
            siteID: UUID(), name: "Caméra quai 2", driver: .httpSnapshot, host: host, username: DemoCameraRoutes.username, password: password,
            snapshotURL: path)
    }

    @Test func answersADigestChallengeAndGetsAJPEG() async throws {
        try await FakeCamera.run { host in
            let client = CameraClient()
            let first = try await client.snapshot(of: camera(host, path: DemoCameraRoutes.snapshotPath(camera: 1)))
            let second = try await client.snapshot(of: camera(host, path: DemoCameraRoutes.snapshotPath(camera: 1)))
            #expect(first.starts(with: [0xFF, 0xD8, 0xFF]))
            #expect(first != second, "each snapshot is the camera's next picture")
        }
    }

    @Test func answersABasicChallenge() async throws {
        try await FakeCamera.run { host in
            let data = try await CameraClient().snapshot(of: camera(host, path: FakeCamera.basic))
            #expect(data == Data([0xFF, 0xD8, 0xFF, 0xD9]))
        }
    }

    @Test func namesEachFailure() async throws {
        try await FakeCamera.run { host in
            let client = CameraClient(timeout: .seconds(1))
            let cases: [(Device, SnapshotError)] = [
                (camera(host, path: DemoCameraRoutes.snapshotPath(camera: 1), password: "wrong"), .unauthorized),
                (camera(host, path: FakeCamera.html), .notAJPEG(contentType: "text/html")),
                (camera(host, path: "/missing.jpg"), .httpStatus(404)),
                (camera(host, path: FakeCamera.slow), .timedOut(seconds: 1)),
                (camera(host, path: FakeCamera.trickle), .timedOut(seconds: 1)),
                (Device(siteID: UUID(), name: "RTSP", driver: .rtspOnly, host: host, rtspURL: "rtsp://{host}/1"), .noSnapshotAddress),
            ]
            for (device, expected) in cases {
                await #expect(throws: expected) { try await client.snapshot(of: device) }
            }
            await #expect(throws: SnapshotError.self) { try await client.snapshot(of: camera("127.0.0.1:1", path: "/x.jpg")) }
            let small = CameraClient(maximumBytes: 100)
            await #expect(throws: SnapshotError.tooLarge(bytes: 100)) {
                try await small.snapshot(of: camera(host, path: DemoCameraRoutes.snapshotPath(camera: 1)))
            }
        }
    }

    @Test(arguments: [
        (Device.Driver.hikvisionISAPI, 1, nil, "http://cam:8080/ISAPI/Streaming/channels/101/picture"),
        (.hikvisionISAPI, 12, nil, "http://cam:8080/ISAPI/Streaming/channels/1201/picture"),
        (.dahuaCGI, 3, nil, "http://cam:8080/cgi-bin/snapshot.cgi?channel=3"),
        (.axisVAPIX, 1, nil, "http://cam:8080/axis-cgi/jpg/image.cgi"),
        (.httpSnapshot, 2, "snap/{channel}.jpg", "http://cam:8080/snap/2.jpg"),
        (.httpSnapshot, 1, "http://{host}/other.jpg", "http://cam:8080/other.jpg"),
    ])
    func snapshotAddressesFollowTheDriver(driver: Device.Driver, channel: Int, path: String?, expected: String) {
        let device = Device(siteID: UUID(), name: "c", driver: driver, host: "cam:8080", channel: channel, snapshotURL: path)
        #expect(device.snapshotAddress?.absoluteString == expected)
    }
}
