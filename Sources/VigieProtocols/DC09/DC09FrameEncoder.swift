import NIOCore
import VigieCore

/// Writes ``DC09Message``s as DC-09 frames: LF, CRC, length, body, CR; encrypts when asked.
///
/// Used for the receiver's replies and by panel simulators and tests. Hex is written uppercase.
public struct DC09FrameEncoder: Sendable {
    /// The pad used for encrypted messages.
    public var padding: DC09Padding

    public init(padding: DC09Padding = .random) {
        self.padding = padding
    }

    /// Encodes `message`, using `key` when the message is encrypted.
    /// - Throws: ``DC09Error/noKey`` for an encrypted message without key, ``DC09Error/missingTimestamp``
    ///   for one without timestamp, ``DC09Error/malformedField(_:)`` for a field that cannot be written.
    public func encode(_ message: DC09Message, key: DC09Key? = nil) throws(DC09Error) -> ByteBuffer {
        var generator = SystemRandomNumberGenerator()
        return try encode(message, key: key, using: &generator)
    }

    /// Encodes `message` into an array of bytes (for callers that do not use NIO).
    public func encodedBytes(_ message: DC09Message, key: DC09Key? = nil) throws(DC09Error) -> [UInt8] {
        Array(try encode(message, key: key).readableBytesView)
    }

    /// Encodes `message` drawing the pad from `generator` (seeded generators make frames reproducible).
    public func encode(
        _ message: DC09Message, key: DC09Key?, using generator: inout some RandomNumberGenerator
    ) throws(DC09Error) -> ByteBuffer {
        var buffer = ByteBuffer()
        try buffer.writeDC09Frame(message, key: key, padding: padding, using: &generator)
        return buffer
    }
}

extension ByteBuffer {
    /// Appends `message` as a DC-09 frame. See ``DC09FrameEncoder``.
    /// - Returns: The number of bytes written.
    @discardableResult
    public mutating func writeDC09Frame(
        _ message: DC09Message, key: DC09Key?, padding: DC09Padding = .random,
        using generator: inout some RandomNumberGenerator
    ) throws(DC09Error) -> Int {
        let body = try DC09BodyWriter(message: message, key: key, padding: padding).body(using: &generator)
        guard body.count <= 0xFFF else { throw .malformedField(.length) }
        let crc = body.withUnsafeBytes { CRC16.arc($0) }
        var written = writeInteger(ASCII.lineFeed)
        switch message.crcFormat {
        case .ascii: written += writeBytes(Self.hex4(crc))
        case .binary: written += writeInteger(crc, endianness: .big)
        }
        written += writeBytes(Self.hex4(UInt16(body.count)))
        written += writeBytes(body)
        written += writeInteger(ASCII.carriageReturn)
        return written
    }

    private static func hex4(_ value: UInt16) -> [UInt8] {
        [12, 8, 4, 0].map { Hex.upper[Int(value >> $0 & 0xF)] }
    }
}
