import Foundation
import Testing
import VigieCore

/// The stream a clip or a live view is read from: the driver's usual address or the configured one, with the
/// camera's account written in, percent-encoded.
@Suite struct DeviceStreamTests {
    private func camera(
        _ driver: Device.Driver, host: String = "192.0.2.10:8080", rtspURL: String? = nil, password: String? = "p@ss:w/rd"
    )
        -> Device
    {
        Device(siteID: UUID(), name: "Caméra", driver: driver, host: host, username: "admin", password: password, channel: 2, rtspURL: rtspURL)
    }

    @Test func eachDriverHasItsUsualStream() {
        #expect(camera(.hikvisionISAPI).streamAddress == "rtsp://admin:p%40ss%3Aw%2Frd@192.0.2.10:554/Streaming/Channels/201")
        #expect(camera(.dahuaCGI).streamAddress == "rtsp://admin:p%40ss%3Aw%2Frd@192.0.2.10:554/cam/realmonitor?channel=2&subtype=0")
        #expect(
            camera(.axisVAPIX, host: "[2001:db8::1]:8080").streamAddress == "rtsp://admin:p%40ss%3Aw%2Frd@[2001:db8::1]/axis-media/media.amp?camera=2"
        )
        #expect(camera(.httpSnapshot).streamAddress == nil && camera(.onvif).streamAddress == nil)
    }

    @Test func theConfiguredStreamIsFilledInAndKeepsItsOwnAccount() {
        #expect(
            camera(.rtspOnly, rtspURL: "rtsp://{host}:8554/live/{channel}").streamAddress == "rtsp://admin:p%40ss%3Aw%2Frd@192.0.2.10:8554/live/2")
        #expect(camera(.rtspOnly, rtspURL: "rtsp://viewer:x@{host}/s").streamAddress == "rtsp://viewer:x@192.0.2.10/s")
        #expect(camera(.rtspOnly, rtspURL: "rtsp://{host}/s", password: nil).streamAddress == "rtsp://admin:@192.0.2.10/s")
    }
}
