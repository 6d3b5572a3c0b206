/// Splits an endless `multipart/mixed` body (a Hikvision `alertStream`) into its parts as the bytes arrive: each
/// part's body once the next delimiter has come, its header lines dropped. A part larger than `maximumPartBytes`
/// without a delimiter is a broken stream: ``append(_:)`` throws and the caller reconnects.
public struct MultipartStreamReader: Sendable {
    public struct PartTooLarge: Error, Hashable {}

    private let delimiter: [UInt8]
    private let maximumPartBytes: Int
    private var buffer: [UInt8] = []
    private var sawFirstDelimiter = false

    public init(boundary: String, maximumPartBytes: Int = 1024 * 1024) {
        delimiter = Array("--\(boundary)".utf8)
        self.maximumPartBytes = maximumPartBytes
    }

    /// The parts completed by `bytes`, oldest first.
    public mutating func append(_ bytes: [UInt8]) throws(PartTooLarge) -> [[UInt8]] {
        buffer += bytes
        var parts: [[UInt8]] = []
        while let found = Self.firstIndex(of: delimiter, in: buffer) {
            if sawFirstDelimiter { parts.append(Self.body(of: buffer[..<found])) }
            sawFirstDelimiter = true
            buffer.removeFirst(found + delimiter.count)
        }
        guard buffer.count <= maximumPartBytes else { throw PartTooLarge() }
        return parts.filter { !$0.isEmpty }
    }

    /// A part's body: what follows its blank line, without the line break before the next delimiter.
    static func body(of part: ArraySlice<UInt8>) -> [UInt8] {
        var content = part
        let blank: [UInt8] = [0x0D, 0x0A, 0x0D, 0x0A]
        if let split = firstIndex(of: blank, in: Array(content)) {
            content = content.dropFirst(split + blank.count)
        } else if let split = firstIndex(of: [0x0A, 0x0A], in: Array(content)) {
            content = content.dropFirst(split + 2)
        }
        while let last = content.last, last == 0x0D || last == 0x0A { content = content.dropLast() }
        return Array(content)
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count, let first = needle.first else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
