import Foundation
import Testing
import VigieCore

@testable import VigieReceivers

/// The SMTP conversation without a socket: each command's reply, the message delivered at the lone dot, and the
/// limits (size, recipients, errors in a row, authentication).
@Suite struct SMTPSessionTests {
    private static let quai2 = MailboxDirectory.Entry(siteID: UUID(), deviceID: UUID(), deviceName: "Caméra quai 2", zone: 2)

    private func session(_ configure: (inout SMTPReceiverConfiguration) -> Void = { _ in }) -> SMTPSession {
        var configuration = SMTPReceiverConfiguration(domain: "station.test", maximumMessageBytes: 1000)
        configure(&configuration)
        return SMTPSession(configuration: configuration) { $0.lowercased() == "quai2" ? Self.quai2 : nil }
    }

    /// The reply codes of `lines`, in order, and the messages delivered.
    private func run(_ session: inout SMTPSession, _ lines: [String]) -> (codes: [String], delivered: [SMTPMessage]) {
        var codes: [String] = []
        var delivered: [SMTPMessage] = []
        for line in lines {
            for action in session.receive(Array(line.utf8)[...]) {
                switch action {
                case .reply(let text): codes.append(String(text.split(separator: "\r\n").last?.prefix(3) ?? ""))
                case .deliver(let message): delivered.append(message)
                case .refuseRecipient: codes.append("refused")
                case .close: codes.append("close")
                }
            }
        }
        return (codes, delivered)
    }

    @Test func aCameraEmailIsDeliveredUnstuffedAtTheDot() {
        var smtp = session()
        let (codes, delivered) = run(
            &smtp,
            [
                "EHLO cam", "MAIL FROM:<cam@site.example> SIZE=300", "RCPT TO:<Quai2@alarmes.example>", "DATA", "Subject: motion", "", "..dot", ".",
                "QUIT",
            ])
        #expect(codes == ["250", "250", "250", "354", "221", "close"])
        #expect(delivered.count == 1)
        #expect(delivered.first?.content == Array("Subject: motion\r\n\r\n.dot\r\n".utf8))
        #expect(delivered.first?.recipients.map(\.mailbox) == ["Quai2"])
        #expect(delivered.first?.recipients.first?.entry == Self.quai2)
        #expect(delivered.first?.tooLarge == false)
    }

    @Test func theOrderOfCommandsIsEnforced() {
        var smtp = session()
        let (codes, _) = run(
            &smtp, ["MAIL FROM:<a@b>", "HELO cam", "RCPT TO:<quai2@x>", "DATA", "MAIL FROM:<a@b>", "MAIL FROM:<a@b>", "DATA", "BOGUS"])
        #expect(codes == ["503", "250", "503", "503", "250", "503", "503", "500"])
    }

    @Test func anUnknownRecipientIsRefusedAndRecorded() {
        var smtp = session()
        let (codes, _) = run(&smtp, ["EHLO cam", "MAIL FROM:<a@b>", "RCPT TO:<nobody@alarmes.example>", "RCPT TO:<>"])
        #expect(codes == ["250", "250", "refused", "550", "501"])
        var again = session()
        _ = run(&again, ["EHLO cam-quai", "MAIL FROM:<a@b>"])
        let refusal = again.receive(Array("RCPT TO:<nobody@x>".utf8)[...]).first
        #expect(refusal == .refuseRecipient(address: "nobody@x", sender: "a@b", heloName: "cam-quai"))
    }

    @Test func aDeclaredOrActualSizeOverTheLimitIsRefused() {
        var declared = session()
        #expect(run(&declared, ["EHLO cam", "MAIL FROM:<a@b> SIZE=5000"]).codes == ["250", "552"])
        var actual = session()
        let body = Array(repeating: String(repeating: "x", count: 100), count: 20)
        let (codes, delivered) = run(&actual, ["EHLO cam", "MAIL FROM:<a@b>", "RCPT TO:<quai2@x>", "DATA"] + body + ["."])
        #expect(codes == ["250", "250", "250", "354"])
        #expect(delivered.first?.tooLarge == true)
        #expect(delivered.first?.size == 20 * 102)
    }

    @Test func authenticationIsRequiredWhenTheStationHasAnAccount() {
        var smtp = session { $0.credentials = SMTPCredentials(username: "cam", password: "secret") }
        let plain = Data("\0cam\0secret".utf8).base64EncodedString()
        let wrong = Data("\0cam\0guess".utf8).base64EncodedString()
        let (codes, _) = run(&smtp, ["EHLO cam", "MAIL FROM:<a@b>", "AUTH PLAIN \(wrong)", "AUTH PLAIN \(plain)", "MAIL FROM:<a@b>"])
        #expect(codes == ["250", "530", "535", "235", "250"])
        var login = session { $0.credentials = SMTPCredentials(username: "cam", password: "secret") }
        let steps = ["EHLO cam", "AUTH LOGIN", Data("cam".utf8).base64EncodedString(), Data("secret".utf8).base64EncodedString()]
        #expect(run(&login, steps).codes == ["250", "334", "334", "235"])
    }

    @Test func withoutAnAccountAnyLoginIsAccepted() {
        var smtp = session()
        #expect(
            run(&smtp, ["EHLO cam", "AUTH PLAIN \(Data("\0any\0thing".utf8).base64EncodedString())", "MAIL FROM:<a@b>"]).codes == [
                "250", "235", "250",
            ])
    }

    @Test func aClientThatSpeaksNoSMTPIsCutOff() {
        var smtp = session { $0.maximumConsecutiveErrors = 3 }
        #expect(run(&smtp, ["GET / HTTP/1.1", "Host: x", ""]).codes == ["500", "500", "421", "close"])
    }
}
