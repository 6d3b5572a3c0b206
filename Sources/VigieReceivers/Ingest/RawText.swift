/// The raw text a receiver keeps with a signal it built from a large message (an e-mail, a push): bounded, whatever
/// the message's size, so that a hostile sender cannot fill the store through it.
enum RawText {
    static let maximumLength = 16 * 1024

    static func bounded(_ raw: String) -> String {
        raw.utf8.count <= maximumLength ? raw : "\(raw.prefix(maximumLength))… (\(raw.utf8.count) bytes)"
    }
}
