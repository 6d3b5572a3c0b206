import Foundation

/// The SMTP conversation of one connection (RFC 5321), as a state machine over lines: what to answer, when a message
/// is complete. It does no I/O, so every reply is tested without a socket; ``SMTPConnectionHandler`` runs it.
///
/// A complete message is answered only after the caller has stored it: ``receive(_:)`` returns
/// ``Action/deliver(_:)`` and the caller replies with the outcome.
struct SMTPSession {
    /// What the connection must do after a line.
    enum Action: Equatable {
        case reply(String)
        /// A message is complete: store it, then reply.
        case deliver(SMTPMessage)
        /// A recipient the station does not know: answered `550`, recorded as a refused signal with who sent it.
        case refuseRecipient(address: String, sender: String, heloName: String)
        /// Close the connection after the replies before it.
        case close
    }

    enum State: Equatable {
        case command
        /// `AUTH LOGIN` waiting for the username, then the password (both base64).
        case loginUsername
        case loginPassword(username: String)
        /// Between `DATA` and the lone `.`.
        case data
    }

    let configuration: SMTPReceiverConfiguration
    /// The device or site a recipient's local part names; `nil` for an unknown mailbox.
    let resolve: (String) -> MailboxDirectory.Entry?
    private(set) var state = State.command
    private var greeted: String?
    private var authenticatedAs: String?
    private var sender: String?
    private var recipients: [SMTPRecipient] = []
    private var content: [UInt8] = []
    private var size = 0
    private var consecutiveErrors = 0

    init(configuration: SMTPReceiverConfiguration, resolve: @escaping (String) -> MailboxDirectory.Entry?) {
        self.configuration = configuration
        self.resolve = resolve
    }

    var greeting: String { "220 \(configuration.domain) ESMTP Vigie" }

    /// Handles one line, without its line break.
    mutating func receive(_ line: ArraySlice<UInt8>) -> [Action] {
        switch state {
        case .data: return dataLine(line)
        case .loginUsername:
            guard let username = Self.base64Text(line) else { return failed("501 5.5.2 Cannot decode the username") }
            state = .loginPassword(username: username)
            return [.reply("334 UGFzc3dvcmQ6")]
        case .loginPassword(let username):
            state = .command
            guard let password = Self.base64Text(line) else { return failed("501 5.5.2 Cannot decode the password") }
            return authenticate(username: username, password: password)
        case .command: return command(String(decoding: line, as: UTF8.self))
        }
    }

    private mutating func command(_ line: String) -> [Action] {
        let verb = line.prefix { $0 != " " }.uppercased()
        let argument = line.dropFirst(verb.count).trimmingCharacters(in: .whitespaces)
        switch verb {
        case "EHLO":
            greeted = argument
            reset()
            return succeeded(
                "250-\(configuration.domain) greets \(argument.isEmpty ? "you" : argument)\r\n250-SIZE \(configuration.maximumMessageBytes)\r\n"
                    + "250-8BITMIME\r\n250-ENHANCEDSTATUSCODES\r\n250-AUTH PLAIN LOGIN\r\n250 PIPELINING")
        case "HELO":
            greeted = argument
            reset()
            return succeeded("250 \(configuration.domain)")
        case "MAIL": return mail(argument)
        case "RCPT": return recipient(argument)
        case "DATA":
            guard sender != nil, !recipients.isEmpty else { return failed("503 5.5.1 RCPT first") }
            state = .data
            content = []
            size = 0
            return succeeded("354 End data with <CR><LF>.<CR><LF>")
        case "AUTH": return auth(argument)
        case "RSET":
            reset()
            return succeeded("250 2.0.0 Ok")
        case "NOOP": return succeeded("250 2.0.0 Ok")
        case "VRFY": return succeeded("252 2.1.5 Cannot verify, send the message")
        case "QUIT": return [.reply("221 2.0.0 Bye"), .close]
        case "STARTTLS": return failed("502 5.5.1 TLS is not offered on this port")
        default: return failed("500 5.5.2 Command not recognised")
        }
    }

    private mutating func mail(_ argument: String) -> [Action] {
        guard greeted != nil else { return failed("503 5.5.1 EHLO first") }
        guard sender == nil else { return failed("503 5.5.1 Sender already given") }
        if configuration.credentials != nil, authenticatedAs == nil { return failed("530 5.7.0 Authentication required") }
        guard argument.uppercased().hasPrefix("FROM:"), let address = Self.address(in: argument.dropFirst(5)) else {
            return failed("501 5.5.4 Syntax: MAIL FROM:<address>")
        }
        for parameter in Self.parameters(after: argument) where parameter.hasPrefix("SIZE=") {
            if let declared = Int(parameter.dropFirst(5)), declared > configuration.maximumMessageBytes {
                return failed("552 5.3.4 Message size exceeds the limit of \(configuration.maximumMessageBytes) bytes")
            }
        }
        sender = address
        return succeeded("250 2.1.0 Ok")
    }

    private mutating func recipient(_ argument: String) -> [Action] {
        guard sender != nil else { return failed("503 5.5.1 MAIL first") }
        guard argument.uppercased().hasPrefix("TO:"), let address = Self.address(in: argument.dropFirst(3)), !address.isEmpty else {
            return failed("501 5.5.4 Syntax: RCPT TO:<address>")
        }
        guard recipients.count < configuration.maximumRecipients else { return failed("452 4.5.3 Too many recipients") }
        let mailbox = String(address.prefix { $0 != "@" })
        guard let entry = resolve(mailbox) else {
            return [.refuseRecipient(address: address, sender: sender ?? "", heloName: greeted ?? "")]
                + failed("550 5.1.1 <\(address)>: no camera or site has this mailbox")
        }
        recipients.append(SMTPRecipient(address: address, mailbox: mailbox, entry: entry))
        return succeeded("250 2.1.5 Ok")
    }

    private mutating func auth(_ argument: String) -> [Action] {
        guard greeted != nil else { return failed("503 5.5.1 EHLO first") }
        guard authenticatedAs == nil else { return failed("503 5.5.1 Already authenticated") }
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        switch words.first?.uppercased() {
        case "PLAIN":
            guard words.count == 2 else { return failed("504 5.5.4 Send AUTH PLAIN with its initial response") }
            // authorization identity, NUL, username, NUL, password (RFC 4616).
            guard let data = Data(base64Encoded: words[1]) else { return failed("501 5.5.2 Cannot decode the response") }
            let fields = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 3 else { return failed("501 5.5.2 Malformed PLAIN response") }
            return authenticate(username: fields[1], password: fields[2])
        case "LOGIN":
            if words.count == 2 {
                guard let username = Self.base64Text(Array(words[1].utf8)[...]) else { return failed("501 5.5.2 Cannot decode the username") }
                state = .loginPassword(username: username)
                return [.reply("334 UGFzc3dvcmQ6")]
            }
            state = .loginUsername
            return [.reply("334 VXNlcm5hbWU6")]
        default: return failed("504 5.5.4 Mechanism not supported: use PLAIN or LOGIN")
        }
    }

    private mutating func authenticate(username: String, password: String) -> [Action] {
        if let expected = configuration.credentials, expected.username != username || expected.password != password {
            return failed("535 5.7.8 Authentication credentials invalid")
        }
        authenticatedAs = username
        return succeeded("235 2.7.0 Authentication successful")
    }

    /// A line of the message: dot-unstuffed and kept until the size limit, counted beyond it.
    private mutating func dataLine(_ line: ArraySlice<UInt8>) -> [Action] {
        if line.count == 1, line.first == UInt8(ascii: ".") {
            let message = SMTPMessage(
                sender: sender ?? "", recipients: recipients, heloName: greeted ?? "", authenticatedAs: authenticatedAs, content: content,
                size: size, tooLarge: size > configuration.maximumMessageBytes)
            state = .command
            reset()
            return [.deliver(message)]
        }
        let unstuffed = line.first == UInt8(ascii: ".") ? line.dropFirst() : line
        size += unstuffed.count + 2
        // Beyond the limit only the head is kept: enough to record who sent what, not the 50 MB.
        if size <= configuration.maximumMessageBytes || content.count < SMTPMessage.keptHeadOfRefused {
            content.append(contentsOf: unstuffed)
            content.append(contentsOf: [0x0D, 0x0A])
        }
        return []
    }

    private mutating func reset() {
        sender = nil
        recipients = []
        content = []
        size = 0
    }

    private mutating func succeeded(_ reply: String) -> [Action] {
        consecutiveErrors = 0
        return [.reply(reply)]
    }

    private mutating func failed(_ reply: String) -> [Action] {
        consecutiveErrors += 1
        guard consecutiveErrors < configuration.maximumConsecutiveErrors else {
            return [.reply("421 4.7.0 Too many errors, closing the connection"), .close]
        }
        return [.reply(reply)]
    }

    /// The address between angle brackets (`<cam@alarmes.example>`), or the bare first word.
    static func address(in text: Substring) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("<") {
            guard let close = trimmed.firstIndex(of: ">") else { return nil }
            return String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
        }
        return trimmed.split(separator: " ").first.map(String.init) ?? ""
    }

    /// The ESMTP parameters after the address (`SIZE=1234`), upper-cased.
    static func parameters(after argument: String) -> [String] {
        guard let close = argument.firstIndex(of: ">") else { return [] }
        return argument[argument.index(after: close)...].split(separator: " ").map { $0.uppercased() }
    }

    static func base64Text(_ line: ArraySlice<UInt8>) -> String? {
        Data(base64Encoded: Data(line)).map { String(decoding: $0, as: UTF8.self) }
    }
}
