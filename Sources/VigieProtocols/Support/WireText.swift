/// Turns received bytes into `String`s without losing information.
///
/// Panels send ASCII almost always, but text fields (`[I…]`, SIA `^…^` descriptors) may hold
/// Windows-1252 or UTF-8. Valid UTF-8 is kept as is; anything else is read as Latin-1, so each
/// byte still maps to exactly one character and nothing is replaced by U+FFFD.
enum WireText {
    /// Decodes `bytes` as UTF-8 when valid, otherwise as Latin-1.
    static func string(_ bytes: UnsafeRawBufferPointer) -> String {
        var ascii = true
        for byte in bytes where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    /// Decodes a slice of a byte buffer pointer.
    @inline(__always)
    static func string(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String {
        string(UnsafeRawBufferPointer(rebasing: bytes[range]))
    }

    /// Decodes an array of bytes.
    static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBytes { string($0) }
    }
}
