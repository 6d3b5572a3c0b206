/// One leaf of an e-mail's MIME tree (a text, an image, a clip), its transfer encoding undone.
public struct MIMEPart: Sendable, Hashable {
    public var headers: MailHeaders
    public var contentType: MIMEContentType
    /// The bytes after base64 or quoted-printable decoding.
    public var content: [UInt8]

    public init(headers: MailHeaders, contentType: MIMEContentType, content: [UInt8]) {
        self.headers = headers
        self.contentType = contentType
        self.content = content
    }

    /// The name the sender gave the file (`Content-Disposition: filename`, else `Content-Type: name`).
    public var fileName: String? {
        let disposition = MIMEContentType(header: headers["Content-Disposition"] ?? "")
        return (disposition.parameters["filename"] ?? contentType.parameters["name"]).map(EncodedWords.decode)
    }

    /// Whether the sender marked it as an attachment rather than the message's text.
    public var isAttachment: Bool {
        MIMEContentType(header: headers["Content-Disposition"] ?? "").value == "attachment" || fileName != nil
    }

    /// Whether it is an image or a clip, which the station keeps.
    public var isMedium: Bool { contentType.value.hasPrefix("image/") || contentType.value.hasPrefix("video/") }

    /// The part as text in its charset.
    public var text: String { MIMEText.decode(content[...], charset: contentType.parameters["charset"]) }
}
