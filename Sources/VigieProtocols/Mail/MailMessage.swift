import Foundation

/// An e-mail as the SMTP receiver got it (RFC 5322 headers, MIME body of RFC 2045/2046), read into its header
/// fields and the leaves of its MIME tree.
///
/// Written here rather than taken from multipart-kit, which reads HTTP form data: it does not unfold header lines
/// (RFC 5322 §2.2.3) nor accept the bare-LF lines some cameras write, and e-mail needs both.
public struct MailMessage: Sendable, Hashable {
    public var headers: MailHeaders
    /// The leaves in the order they came: texts, images, clips. Multiparts are flattened.
    public var parts: [MIMEPart]

    public init(headers: MailHeaders, parts: [MIMEPart]) {
        self.headers = headers
        self.parts = parts
    }

    /// - Throws: ``MailError`` when the headers or the MIME structure cannot be read.
    public init(parsing bytes: [UInt8]) throws(MailError) {
        let all = bytes[...]
        let headerBytes: ArraySlice<UInt8>
        let body: ArraySlice<UInt8>
        if let split = MailLines.bodyStart(all) {
            headerBytes = all[all.startIndex..<split.headersEnd]
            body = all[split.bodyStart...]
        } else {
            headerBytes = all
            body = []
        }
        headers = try MailHeaders.parse(headerBytes)
        var parts: [MIMEPart] = []
        try Self.read(headers: headers, body: body, depth: 0, into: &parts)
        self.parts = parts
    }

    /// An HTTP body of `contentType` read as a MIME entity (a camera's `multipart/form-data` push): the same parts
    /// as an e-mail's.
    public init(entity contentType: String, body: [UInt8]) throws(MailError) {
        headers = MailHeaders(fields: [.init(name: "Content-Type", value: contentType)])
        var parts: [MIMEPart] = []
        try Self.read(headers: headers, body: body[...], depth: 0, into: &parts)
        self.parts = parts
    }

    public var subject: String? { headers["Subject"] }
    public var messageID: String? { headers["Message-ID"] }
    public var from: String? { headers["From"] }

    /// The message's own text: its first `text/plain` part that is not an attachment.
    public var text: String? {
        parts.first { $0.contentType.value == "text/plain" && !$0.isAttachment }?.text
    }

    /// The images and clips it carries, whether marked as attachments or inline.
    public var media: [MIMEPart] {
        parts.filter(\.isMedium)
    }

    private static func read(headers: MailHeaders, body: ArraySlice<UInt8>, depth: Int, into parts: inout [MIMEPart]) throws(MailError) {
        let type = MIMEContentType(header: headers["Content-Type"])
        guard type.isMultipart else {
            guard parts.count < MailLimits.parts else { throw .tooManyParts }
            parts.append(MIMEPart(headers: headers, contentType: type, content: try decode(body, encoding: headers["Content-Transfer-Encoding"])))
            return
        }
        guard depth < MailLimits.depth else { throw .tooDeep }
        guard let boundary = type.parameters["boundary"], !boundary.isEmpty else { throw .missingBoundary }
        for entity in try MultipartBody.entities(of: body, boundary: boundary) {
            let split = MailLines.bodyStart(entity)
            let entityHeaders = try MailHeaders.parse(split.map { entity[entity.startIndex..<$0.headersEnd] } ?? entity)
            try read(headers: entityHeaders, body: split.map { entity[$0.bodyStart...] } ?? [], depth: depth + 1, into: &parts)
        }
    }

    /// Line breaks and spaces are allowed between base64 digits; anything else that is not base64 is refused. Copied
    /// in one pass into storage of the right size: a 200 KB image is some 3,500 lines.
    private static func withoutWhitespace(_ body: ArraySlice<UInt8>) -> Data {
        let digits = [UInt8](unsafeUninitializedCapacity: body.count) { buffer, count in
            count = 0
            body.withUnsafeBufferPointer { source in
                for byte in source where byte != 0x0D && byte != 0x0A && byte != 0x20 && byte != 0x09 {
                    buffer[count] = byte
                    count += 1
                }
            }
        }
        return Data(digits)
    }

    private static func decode(_ body: ArraySlice<UInt8>, encoding: String?) throws(MailError) -> [UInt8] {
        switch encoding?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "base64":
            guard let data = Data(base64Encoded: withoutWhitespace(body)) else { throw .badBase64 }
            return Array(data)
        case "quoted-printable": return QuotedPrintable.decode(Array(body))
        default: return Array(body)
        }
    }
}
