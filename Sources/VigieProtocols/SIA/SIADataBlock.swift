import NIOCore

/// A SIA DC-03 data block as carried by DC-09 `SIA-DCS` and Sur-Gard `S` lines.
///
/// Example: `#1234|Nri1/BA05/BA06|Aback door`: account `1234`, new events burglary alarm
/// zones 5 and 6 in area 1, with the text "back door".
public struct SIADataBlock: Hashable, Sendable {
    /// The `#account` before the first `|`, if present and not empty.
    public var account: String?
    /// Whether the `#account|` prefix was missing or empty (tolerated quirk).
    public var lacksAccount: Bool
    /// The events, in order.
    public var events: [DecodedEvent]
    /// The `A` text block, if any.
    public var text: String?

    public init(account: String? = nil, lacksAccount: Bool = false, events: [DecodedEvent], text: String? = nil) {
        self.account = account
        self.lacksAccount = lacksAccount
        self.events = events
        self.text = text
    }

    /// Parses a data block (the text between `[` and `]`).
    /// - Throws: ``SIAError`` when the bytes do not follow DC-03.
    public init(parsing text: String) throws(SIAError) {
        var text = text
        let result: Result<SIADataBlock, SIAError> = text.withUTF8 { bytes in
            do throws(SIAError) {
                return .success(try SIADataParser.parse(UnsafeRawBufferPointer(bytes)))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    /// Parses a data block held in a byte buffer.
    public init(parsing buffer: ByteBuffer) throws(SIAError) {
        let result: Result<SIADataBlock, SIAError> = buffer.withUnsafeReadableBytes { bytes in
            do throws(SIAError) {
                return .success(try SIADataParser.parse(bytes))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }
}
