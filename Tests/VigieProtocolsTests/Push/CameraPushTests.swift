import Foundation
import Testing
import VigieCore
import VigieProtocols

/// The camera push reader: a Hikvision `EventNotificationAlert`, alone or beside its picture, and the station's
/// generic JSON event; each bad body named by its reason.
@Suite struct CameraPushTests {
    @Test func readsAHikvisionLineCrossingWithItsPicture() throws {
        let push = try CameraPush(contentType: "multipart/form-data; boundary=\(PushSamples.boundary)", body: PushSamples.formData)
        guard case .hikvision(let alert) = push.document else {
            Issue.record("expected the Hikvision document")
            return
        }
        #expect(alert.eventType == "linedetection" && alert.channel == 1 && alert.isActive)
        #expect(push.time == Date(iso8601: "2026-12-04T20:13:05Z"))
        #expect(push.media.map(\.bytes) == [PushSamples.jpeg])
        #expect(push.media.first?.fileName == "linedetectionPicture.jpg")
        let event = push.event(zone: 2)
        #expect(event.code == "linedetection" && event.category == .burglary && event.qualifier == .alarm && event.zone == 2)
        #expect(event.frenchDescription == "Franchissement de ligne détecté")
        #expect(event.text == "Quai 2 — Line crossing alarm")
    }

    @Test(arguments: ["http://www.hikvision.com/ver20/XMLSchema", "urn:psialliance-org"])
    func readsTheDocumentAloneInEitherNamespace(namespace: String) throws {
        let push = try CameraPush(contentType: "application/xml", body: Array(PushSamples.alert(namespace: namespace).utf8))
        #expect(push.media.isEmpty && push.event(zone: nil).code == "linedetection")
    }

    @Test func anInactiveStateIsARestoreAndTheVideoLossKeepAliveIsNoEvent() throws {
        let ended = try CameraPush(contentType: "text/xml", body: Array(PushSamples.alert(type: "fielddetection", state: "inactive").utf8))
        #expect(ended.event(zone: 1).qualifier == .restore && !ended.isKeepAlive)
        let alive = try CameraPush(contentType: "application/xml", body: Array(PushSamples.alert(type: "videoloss", state: "inactive").utf8))
        #expect(alive.isKeepAlive)
        let lost = try CameraPush(contentType: "application/xml", body: Array(PushSamples.alert(type: "videoloss").utf8))
        #expect(!lost.isKeepAlive && lost.event(zone: nil).category == .technical)
    }

    @Test func readsTheGenericJSONEventWithInlineImages() throws {
        let body = """
            {"type": "motion", "text": "Quai 2", "time": "2026-12-04T21:13:00+01:00", "images": ["\(Data(PushSamples.jpeg).base64EncodedString())"]}
            """
        let push = try CameraPush(contentType: "application/json", body: Array(body.utf8))
        #expect(push.media.map(\.bytes) == [PushSamples.jpeg] && push.media.first?.contentType == "image/jpeg")
        let event = push.event(zone: 3)
        #expect(event.code == "motion" && event.category == .burglary && event.text == "Quai 2" && event.zone == 3)
        #expect(push.time == Date(iso8601: "2026-12-04T20:13:00Z"))
        // Every member may be left out: a camera alarm.
        let bare = try CameraPush(contentType: "application/json", body: Array("{}".utf8))
        #expect(bare.event(zone: nil).code == "CAM" && bare.event(zone: nil).category == .burglary)
    }

    @Test func imagesWithoutADocumentAreACameraAlarm() throws {
        var body = Array("--b\r\nContent-Type: image/jpeg\r\n\r\n".utf8)
        body += PushSamples.jpeg + Array("\r\n--b--\r\n".utf8)
        let push = try CameraPush(contentType: "multipart/mixed; boundary=b", body: body)
        #expect(push.document == .imagesOnly && push.media.count == 1 && push.event(zone: nil).code == "CAM")
    }

    /// Round trip: any generic event the station's form can say is read back as said.
    @Test(arguments: 0..<40)
    func genericEventsReadBackAsWritten(seed: Int) throws {
        var random = SystemRandomNumberGenerator()
        let types = ["motion", "linecrossing", "tamper", "Custom-\(seed)", nil]
        let type = types[seed % types.count]
        let inactive = seed % 3 == 0
        let text = seed % 2 == 0 ? "Zone \(seed) « quai » \u{1F6A8}" : nil
        let images = (0..<(seed % 4)).map { _ in (0..<Int.random(in: 1...64, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) } }
        var object: [String: Any] = ["images": images.map { Data($0).base64EncodedString() }]
        if let type { object["type"] = type }
        if inactive { object["state"] = "inactive" }
        if let text { object["text"] = text }
        let event = try GenericCameraEvent(parsing: Array(try JSONSerialization.data(withJSONObject: object)))
        #expect(event.type == type && event.isActive == !inactive && event.text == text && event.images == images)
    }

    @Test(arguments: [
        ("image/gif", "GIF89a", "unsupportedContentType"),
        ("application/xml", "<EventNotificationAlert><eventType>VMD", "malformedPush: the XML body is not an EventNotificationAlert document"),
        ("application/xml", "<Alarm><EventType>x</EventType></Alarm>", "malformedPush: the XML body is not an EventNotificationAlert document"),
        ("application/json", "[1, 2]", "malformedPush: the JSON body is not an object"),
        ("application/json", "{\"type\": 5}", "malformedPush: \"type\" must be a string"),
        ("application/json", "{\"state\": \"on\"}", "malformedPush: \"state\" must be \"active\" or \"inactive\""),
        ("application/json", "{\"time\": \"yesterday\"}", "malformedPush: \"time\" must be an ISO 8601 date with its offset"),
        ("application/json", "{\"images\": [\"@@@\"]}", "malformedPush: \"images\"[0] is not base64"),
        ("application/json", "{\"images\": \"abc\"}", "malformedPush: \"images\" must be a list of base64 strings"),
        ("application/json", "{not json", "malformedPush: the body is not JSON"),
        (
            "multipart/form-data; boundary=b", "--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b--\r\n",
            "malformedPush: the multipart body holds no event document and no image"
        ),
        (
            "multipart/form-data; boundary=b", "--b\r\nContent-Type: image/jpeg\r\n\r\n\u{FF}",
            "malformedPush: the message ends before its closing boundary"
        ),
        ("multipart/form-data", "--b--", "malformedPush: multipart without a boundary"),
    ])
    func badBodiesAreNamed(contentType: String, body: String, reason: String) {
        #expect(throws: PushError.self) { try CameraPush(contentType: contentType, body: Array(body.utf8)) }
        do {
            _ = try CameraPush(contentType: contentType, body: Array(body.utf8))
        } catch {
            #expect(error.reason.hasPrefix(reason))
            #expect(error.status == (reason.hasPrefix("unsupported") ? 415 : 400))
        }
    }

    @Test func tooManyInlineImagesAreRefused() {
        let image = "\"\(Data(PushSamples.jpeg).base64EncodedString())\""
        let body = "{\"images\": [\(Array(repeating: image, count: GenericCameraEvent.maximumImages + 1).joined(separator: ","))]}"
        #expect(throws: PushError.malformedJSON("\"images\" holds more than 8 images")) {
            try CameraPush(contentType: "application/json", body: Array(body.utf8))
        }
    }
}

/// Bytes that crashed Foundation's XML parser on Linux (found by FuzzCameraPush): a name that is not UTF-8, a NUL in
/// a name.
@Suite struct CameraPushHostileXMLTests {
    @Test func anElementNameThatIsNotUTF8IsRefusedNotACrash() {
        let body = Array("<EventNotificationAlert><dateTime".utf8) + [0xFF, 0xD9] + Array(">x</dateTime></EventNotificationAlert>".utf8)
        #expect(throws: PushError.notAnEventAlert) { try CameraPush(contentType: "application/xml", body: body) }
    }

    @Test func aNULInANameIsRefusedNotACrash() {
        let body = Array("<?x?>\n<EventNotific".utf8) + [0] + Array("nAert>".utf8)
        #expect(throws: PushError.notAnEventAlert) { try CameraPush(contentType: "text/plain", body: body) }
    }
}
