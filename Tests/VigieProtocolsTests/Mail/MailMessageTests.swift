import Foundation
import Testing
import VigieCore
import VigieProtocols

/// The e-mail reader: headers unfolded and decoded, the MIME tree flattened into its leaves, transfer encodings undone.
@Suite struct MailMessageTests {
    @Test func readsACameraMotionEmail() throws {
        let mail = try MailMessage(parsing: MailSamples.motion)
        #expect(mail.subject == "Détection de mouvement quai 2")
        #expect(mail.messageID == "<20261203171522.1@cam-quai2>")
        #expect(mail.text == "Alarme détectée sur la caméra 2.")
        #expect(mail.media.count == 1)
        #expect(mail.media.first?.content == MailSamples.jpeg)
        #expect(mail.media.first?.fileName == "quai2 20261203171522.jpg")
        #expect(mail.media.first?.contentType.value == "image/jpeg")
    }

    @Test func readsAnImmixBodyWithLineFeedsAlone() throws {
        let mail = try MailMessage(parsing: MailSamples.immix)
        let camera = CameraMail(mail)
        #expect(camera.immix?.eventType == "PersonDetected")
        #expect(camera.immix?.input == 2)
        #expect(camera.immix?.dateTime == Date(iso8601: "2026-12-03T17:15:22Z"))
        #expect(camera.body == nil)
        #expect(camera.media.map(\.content) == [MailSamples.jpeg])
        let event = camera.event(zone: 4)
        #expect(event.code == "PersonDetected")
        #expect(event.category == .burglary)
        #expect(event.zone == 4)
        #expect(event.frenchDescription == "Personne détectée par caméra")
        #expect(event.text == "Camera 3 — Personne zone quai")
    }

    @Test func aPlainEmailIsACameraAlarmWithItsSubjectAndBody() throws {
        let mail = try MailMessage(parsing: MailSamples.crlf("Subject: Alarm input 1\n\nCamera NVR channel 4\n"))
        let event = CameraMail(mail).event(zone: nil)
        #expect(event.code == "CAM")
        #expect(event.category == .burglary)
        #expect(event.frenchDescription == "Alarme caméra")
        #expect(event.text == "Alarm input 1 — Camera NVR channel 4")
    }

    @Test(arguments: [
        ("VideoLoss", EventCategory.technical), ("tamperdetection", .tamper), ("linedetection", .burglary), ("SDCardError", .unknown),
    ])
    func eventTypesMapToTheirCategory(type: String, category: EventCategory) {
        #expect(CameraEventTable.entry(for: type).category == category)
    }

    @Test func encodedWordsInLatinOneAndQForm() throws {
        let mail = try MailMessage(parsing: MailSamples.crlf("Subject: =?ISO-8859-1?Q?Cam=E9ra_entr=E9e?= =?UTF-8?B?IMOpdMOp?=\n\nx"))
        #expect(mail.subject == "Caméra entrée été")
    }

    @Test func nestedMultipartsAreFlattenedInOrder() throws {
        let mail = try MailMessage(
            parsing: MailSamples.crlf(
                """
                Content-Type: multipart/mixed; boundary=outer

                --outer
                Content-Type: multipart/alternative; boundary=inner

                --inner
                Content-Type: text/plain

                plain
                --inner
                Content-Type: text/html

                <p>html</p>
                --inner--
                --outer
                Content-Type: video/mp4
                Content-Disposition: attachment; filename=clip.mp4

                MP4
                --outer--
                """))
        #expect(mail.parts.map(\.contentType.value) == ["text/plain", "text/html", "video/mp4"])
        #expect(mail.text == "plain")
        #expect(mail.media.map(\.content) == [Array("MP4".utf8)])
    }

    @Test(arguments: [
        ("Subject ok\n\nbody", MailError.malformedHeader(line: 1)),
        (" folded first\n\nbody", .malformedHeader(line: 1)),
        ("Content-Type: multipart/mixed\n\n--x\n\nbody\n--x--", .missingBoundary),
        ("Content-Type: multipart/mixed; boundary=b\n\nno boundary here", .noParts),
        ("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\ncut short", .unterminatedMultipart),
        ("Content-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\n!!!!", .badBase64),
    ])
    func malformedMessagesNameWhatIsWrong(text: String, error: MailError) {
        #expect(throws: error) { try MailMessage(parsing: MailSamples.crlf(text)) }
        #expect(error.reason.hasPrefix("malformedMIME: "))
    }

    @Test func nestingAndPartCountsAreBounded() {
        var deep = "Content-Type: text/plain\n\nbottom"
        for level in 0...MailLimits.depth { deep = "Content-Type: multipart/mixed; boundary=b\(level)\n\n--b\(level)\n\(deep)\n--b\(level)--\n" }
        #expect(throws: MailError.tooDeep) { try MailMessage(parsing: MailSamples.crlf(deep)) }
        let many = (0...MailLimits.parts).map { _ in "--b\n\nx\n" }.joined()
        #expect(throws: MailError.tooManyParts) {
            try MailMessage(parsing: MailSamples.crlf("Content-Type: multipart/mixed; boundary=b\n\n" + many + "--b--\n"))
        }
    }

    /// Round trip: whatever bytes an attachment holds, base64 in a message gives them back exactly.
    @Test(arguments: 0..<20)
    func attachmentBytesSurviveTheirEncoding(seed: Int) throws {
        var generator = SeededBytes(seed: UInt64(seed))
        let bytes = (0..<(seed * 97 % 5000)).map { _ in generator.next() }
        let text =
            "Content-Type: multipart/mixed; boundary=\"=b=\"\n\n--=b=\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\n"
            + Data(bytes).base64EncodedString(options: .lineLength76Characters) + "\n--=b=--\n"
        #expect(try MailMessage(parsing: MailSamples.crlf(text)).media.first?.content == bytes)
    }
}

/// Deterministic bytes for the round-trip property (SplitMix64).
struct SeededBytes {
    var state: UInt64

    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    mutating func next() -> UInt8 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }
}
