/// Decodes the data block of a DC-09 frame according to its token.
///
/// SIA-DCS goes to the DC-03 parser, ADM-CID to the Contact ID parser; NULL and XNM may carry
/// anything (Hikvision sends `#0000|0000 00 000`), replies and other tokens carry no events.
enum DC09DataDecoder {
    static func decode(
        _ data: UnsafeRawBufferPointer, into frame: inout DC09Frame, quirks: inout DC09Quirks
    ) throws(DC09Error) {
        switch frame.token {
        case .siaDCS:
            let block: SIADataBlock
            do {
                block = try SIADataParser.parse(data)
            } catch {
                throw .malformedField(.data)
            }
            frame.dataAccount = block.account
            frame.events = block.events
            if block.lacksAccount { quirks.insert(.missingDataAccount) }
        case .admCID:
            let (account, eventStart) = try splitAccount(data, quirks: &quirks)
            frame.dataAccount = account
            do {
                let event = try ContactIDEvent(bytes: UnsafeRawBufferPointer(rebasing: data[eventStart...]))
                frame.events = [event.decoded]
            } catch {
                throw .malformedField(.data)
            }
        case .null, .xnm:
            if !data.isEmpty { quirks.insert(.dataInNull) }
        case .ack, .nak, .duh, .rsp, .other:
            break
        }
    }

    /// `#acct|` → (acct, offset after `|`); `|…` or no `#` → (nil, …) with the quirk noted.
    private static func splitAccount(
        _ data: UnsafeRawBufferPointer, quirks: inout DC09Quirks
    ) throws(DC09Error) -> (String?, Int) {
        guard let first = data.first else { throw .malformedField(.data) }
        if first == ASCII.pipe {
            quirks.insert(.missingDataAccount)
            return (nil, 1)
        }
        guard first == ASCII.hash else {
            quirks.insert(.missingDataAccount)
            return (nil, 0)
        }
        var bar = 1
        while bar < data.count, data[bar] != ASCII.pipe { bar += 1 }
        guard bar < data.count else { throw .malformedField(.data) }
        if bar == 1 { quirks.insert(.missingDataAccount) }
        return (bar > 1 ? WireText.string(data, 1..<bar) : nil, bar + 1)
    }
}
