import Crypto
import Foundation
import VigieCore
import VigieProtocols

/// Turns a camera's authenticated push into the signal to store and the answer to give once it is stored. Its images
/// are written to the media library first, so that a stored signal never names a missing file.
struct CameraPushIntake: Sendable {
    let receiverName: String
    let library: MediaLibrary

    /// A push as it arrived.
    struct Request: Sendable {
        var mailbox: String
        var contentType: String?
        var body: [UInt8]
        var peer: String
        var receivedAt: Date
    }

    enum Outcome {
        /// Store this signal, then answer `200`.
        case store(SignalDraft)
        /// Store this refused signal (its error says why), then answer `status` with the error.
        case refuse(SignalDraft, status: Int)
        /// A keep-alive: nothing to store, `200`.
        case keepAlive
    }

    /// - Throws: the media library's error (a full disk): nothing is stored and the camera is told to retry.
    func outcome(of request: Request, from entry: MailboxDirectory.Entry) throws -> Outcome {
        var draft = base(request, entry: entry)
        let push: CameraPush
        do {
            push = try CameraPush(contentType: request.contentType, body: request.body)
        } catch {
            draft.error = error.reason
            draft.raw = RawText.bounded(Self.head(of: request) + MailLines.printable(request.body[...]))
            draft.reply = "\(error.status)"
            return .refuse(draft, status: error.status)
        }
        if push.isKeepAlive { return .keepAlive }
        var attachments: [MediumAttachment] = []
        var lines: [String] = []
        for medium in push.media {
            guard let kind = MediumKind(contentType: medium.contentType) else { continue }
            let (sha256, size) = try library.store(Data(medium.bytes))
            attachments.append(
                MediumAttachment(
                    kind: kind, contentType: medium.contentType, fileName: medium.fileName, sha256: sha256, size: size, deviceName: entry.deviceName))
            lines.append("[\(medium.contentType) \(medium.fileName ?? "") \(size) bytes sha256 \(sha256)]")
        }
        draft.events = [push.event(zone: entry.zone)]
        draft.panelTime = push.time
        draft.attachments = attachments
        draft.raw = RawText.bounded(Self.head(of: request) + Self.documentText(of: request, push: push) + lines.joined(separator: "\r\n"))
        draft.reply = "200"
        // A camera that sends its push again (it missed the answer) sends the same document and images, whatever its
        // multipart boundary: one signal. The document's time and count (Hikvision's `dateTime`, `activePostCount`)
        // tell two real events apart; a generic event without `time` is the same event until the window ends.
        let identity = Array("\(request.mailbox.lowercased())\u{1F}".utf8) + push.documentBytes + attachments.flatMap { Array($0.sha256.utf8) }
        draft.dedupeKey = Hex.string(SHA256.hash(data: identity).prefix(16))
        return .store(draft)
    }

    /// The refused signal of a push to a mailbox no camera has, or of a body over the limit.
    func refused(_ request: Request, entry: MailboxDirectory.Entry?, error: String, status: Int) -> SignalDraft {
        var draft = base(request, entry: entry)
        draft.error = error
        draft.raw = RawText.bounded(Self.head(of: request) + "(\(request.body.count) bytes not kept)")
        draft.reply = "\(status)"
        return draft
    }

    private func base(_ request: Request, entry: MailboxDirectory.Entry?) -> SignalDraft {
        SignalDraft(
            receivedAt: request.receivedAt, receiver: receiverName, transport: .http, peer: request.peer, raw: "", account: request.mailbox,
            siteID: entry?.siteID, deviceID: entry?.deviceID)
    }

    static func head(of request: Request) -> String {
        "POST /push/\(request.mailbox)\r\nContent-Type: \(request.contentType ?? "")\r\n\r\n"
    }

    /// The event document as the raw text keeps it: the XML or JSON as sent, without the images inlined in it.
    static func documentText(of request: Request, push: CameraPush) -> String {
        switch push.document {
        case .generic(let event) where !event.images.isEmpty: "(JSON event with \(event.images.count) inline images)\r\n"
        case .imagesOnly: ""
        default:
            MIMEContentType(header: request.contentType).isMultipart ? "(multipart event)\r\n" : MailLines.printable(request.body[...]) + "\r\n"
        }
    }
}
