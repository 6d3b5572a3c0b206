/// Text bytes in the charset a part declares (`nil`: header bytes, UTF-8 where valid, as `SMTPUTF8` devices send):
/// UTF-8 and US-ASCII as such, anything else as ISO-8859-1 (what the cameras that do not send UTF-8 send), so that
/// no byte is lost.
enum MIMEText {
    static func decode(_ bytes: ArraySlice<UInt8>, charset: String?) -> String {
        let name = charset?.lowercased() ?? "utf-8"
        if name == "utf-8" || name == "utf8" || name == "us-ascii", let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
