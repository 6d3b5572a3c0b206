/// Converts frames between bytes and the one-line escaped text used on the command line and in logs.
///
/// Escapes: `\n`, `\r`, `\t`, `\0`, `\\`, `\xHH`, and the log forms `<LF>`, `<CR>`, `<DC4>`.
/// Other characters stand for themselves (as Latin-1 bytes when above U+007F and below U+0100).
public enum FrameText {
    /// The bytes that `text` denotes.
    public static func unescape(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\\", let next = scalars.first {
                switch next {
                case "n": bytes.append(0x0A)
                case "r": bytes.append(0x0D)
                case "t": bytes.append(0x09)
                case "0": bytes.append(0x00)
                case "\\": bytes.append(0x5C)
                case "x" where scalars.count >= 3:
                    let digits = scalars.dropFirst().prefix(2).compactMap { ASCII.hexValue(UInt8(truncatingIfNeeded: $0.value)) }
                    if digits.count == 2, scalars.dropFirst().prefix(2).allSatisfy(\.isASCII) {
                        bytes.append(digits[0] << 4 | digits[1])
                        scalars = scalars.dropFirst(2)
                    } else {
                        bytes += [0x5C, 0x78]
                    }
                default:
                    bytes.append(0x5C)
                    continue
                }
                scalars = scalars.dropFirst()
                continue
            }
            if scalar == "<", let (byte, length) = logEscape(scalars) {
                bytes.append(byte)
                scalars = scalars.dropFirst(length)
                continue
            }
            if scalar.value < 0x100 {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes += Array(String(scalar).utf8)
            }
        }
        return bytes
    }

    /// One-line text for `bytes`: printable ASCII as is, LF/CR/TAB/NUL/backslash escaped, others as `\xHH`.
    public static func escape<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var text = ""
        for byte in bytes {
            switch byte {
            case 0x0A: text += "\\n"
            case 0x0D: text += "\\r"
            case 0x09: text += "\\t"
            case 0x00: text += "\\0"
            case 0x5C: text += "\\\\"
            case 0x20..<0x7F: text.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                text += "\\x" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return text
    }

    private static func logEscape(_ scalars: ArraySlice<Unicode.Scalar>) -> (UInt8, Int)? {
        let forms: [(String, UInt8)] = [("LF>", 0x0A), ("CR>", 0x0D), ("DC4>", 0x14)]
        for (form, byte) in forms where scalars.starts(with: form.unicodeScalars) {
            return (byte, form.unicodeScalars.count)
        }
        return nil
    }
}
