import Crypto
import Foundation
import VigieCore
import VigieProtocols

/// Turns a complete e-mail into the signals to store, one per recipient, and the reply to give once they are stored.
/// Its images and clips are written to the media library first, so that a stored signal never names a missing file.
struct SMTPIntake: Sendable {
    let receiverName: String
    let library: MediaLibrary
    let maximumMessageBytes: Int

    struct Outcome {
        var drafts: [SignalDraft]
        /// What the client reads once the drafts are stored.
        var reply: String
    }

    /// - Throws: the media library's error (a full disk): nothing is stored and the client is told to retry.
    func outcome(of message: SMTPMessage, peer: String, at now: Date) throws -> Outcome {
        var base = SignalDraft(
            receivedAt: now, receiver: receiverName, transport: .smtp, peer: peer, raw: "", account: message.recipients.first?.mailbox,
            siteID: message.recipients.first?.entry.siteID, deviceID: message.recipients.first?.entry.deviceID)
        guard !message.tooLarge else {
            base.error = "messageTooLarge: \(message.size) bytes, the limit is \(maximumMessageBytes)"
            base.raw = RawText.bounded(Self.envelope(of: message) + MailLines.printable(message.content[...]))
            base.reply = "552"
            return Outcome(drafts: [base], reply: "552 5.3.4 Message size exceeds the limit of \(maximumMessageBytes) bytes")
        }
        let mail: MailMessage
        do {
            mail = try MailMessage(parsing: message.content)
        } catch {
            base.error = error.reason
            base.raw = RawText.bounded(Self.envelope(of: message) + MailLines.printable(message.content[...]))
            base.reply = "554"
            return Outcome(drafts: [base], reply: "554 5.6.0 \(error.reason)")
        }
        let camera = CameraMail(mail)
        var stored: [(part: MIMEPart, sha256: String, size: Int)] = []
        for part in camera.media {
            let (sha256, size) = try library.store(Data(part.content))
            stored.append((part, sha256, size))
        }
        let identity = mail.messageID ?? Hex.string(SHA256.hash(data: message.content))
        let raw = RawText.bounded(Self.envelope(of: message) + Self.summary(of: mail, media: stored))
        let drafts = message.recipients.map { recipient in
            var draft = base
            draft.account = recipient.mailbox
            draft.siteID = recipient.entry.siteID
            draft.deviceID = recipient.entry.deviceID
            draft.panelTime = camera.immix?.dateTime
            draft.events = [camera.event(zone: recipient.entry.zone)]
            draft.attachments = stored.compactMap { item in
                MediumKind(contentType: item.part.contentType.value).map { kind in
                    MediumAttachment(
                        kind: kind, contentType: item.part.contentType.value, fileName: item.part.fileName, sha256: item.sha256, size: item.size,
                        deviceName: recipient.entry.deviceName)
                }
            }
            draft.raw = raw
            draft.reply = "250"
            draft.dedupeKey = Hex.string(SHA256.hash(data: Array("\(recipient.mailbox.lowercased())\u{1F}\(identity)".utf8)).prefix(16))
            return draft
        }
        let count = stored.count
        return Outcome(drafts: drafts, reply: "250 2.0.0 Ok: stored with \(count) \(count == 1 ? "medium" : "media")")
    }

    /// The draft that records a recipient the station does not know.
    func unknownRecipient(_ address: String, sender: String, heloName: String, peer: String, at now: Date) -> SignalDraft {
        SignalDraft(
            receivedAt: now, receiver: receiverName, transport: .smtp, peer: peer,
            raw: RawText.bounded("HELO \(heloName)\r\nMAIL FROM:<\(sender)>\r\nRCPT TO:<\(address)>"),
            account: String(address.prefix { $0 != "@" }), error: "unknownRecipient: no camera or site has the mailbox <\(address)>",
            reply: "550")
    }

    static func envelope(of message: SMTPMessage) -> String {
        var lines = ["HELO \(message.heloName)", "MAIL FROM:<\(message.sender)>"]
        lines += message.recipients.map { "RCPT TO:<\($0.address)>" }
        if let user = message.authenticatedAs { lines.append("AUTH \(user)") }
        return lines.joined(separator: "\r\n") + "\r\n\r\n"
    }

    /// The message as kept in the signal's raw text: its headers and texts as they came, each image or clip as one
    /// line with its hash (the bytes are in the media library).
    static func summary(of mail: MailMessage, media: [(part: MIMEPart, sha256: String, size: Int)]) -> String {
        var text = mail.headers.fields.map { "\($0.name): \($0.value)" }.joined(separator: "\r\n") + "\r\n\r\n"
        // The media were kept in the order of the parts: each image or clip part is the next of them.
        var kept = media[...]
        for part in mail.parts {
            if part.isMedium, let medium = kept.popFirst() {
                text += "[\(part.contentType.value) \(part.fileName ?? "") \(medium.size) bytes sha256 \(medium.sha256)]\r\n"
            } else if part.contentType.value.hasPrefix("text/") {
                text += part.text + "\r\n"
            } else {
                text += "[\(part.contentType.value) \(part.fileName ?? "") \(part.content.count) bytes, not kept]\r\n"
            }
        }
        return text
    }
}
