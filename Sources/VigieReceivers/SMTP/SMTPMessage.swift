/// One message as the SMTP conversation delivered it: the envelope and the content after the dot-unstuffing.
struct SMTPMessage: Equatable, Sendable {
    var sender: String
    var recipients: [SMTPRecipient]
    var heloName: String
    var authenticatedAs: String?
    /// The message with CRLF line ends; only its head when ``tooLarge``.
    var content: [UInt8]
    /// The bytes the client sent, kept or not.
    var size: Int
    var tooLarge: Bool

    /// What is kept of a message over the size limit, for the record of its refusal.
    static let keptHeadOfRefused = 16 * 1024
}

/// A recipient the station knows: the camera or site its mailbox names.
struct SMTPRecipient: Equatable, Sendable {
    var address: String
    var mailbox: String
    var entry: MailboxDirectory.Entry
}
