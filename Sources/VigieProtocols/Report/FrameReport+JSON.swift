import NIOCore
import VigieCore

extension FrameReport {
    /// The report as a JSON value.
    public var json: ReportJSON {
        var members: [(String, ReportJSON)] = [("input", .string(FrameText.escape(raw)))]
        switch result {
        case .success(let frame):
            members += Self.members(of: frame)
        case .failure(let error):
            members += [("error", .string(error.description)), ("reason", .string(error.reason))]
        }
        if let reply {
            members.append(("reply", .string(FrameText.escape(reply.readableBytesView))))
        }
        return .object(members)
    }

    /// The report as one line of JSON.
    public var jsonLine: String { json.rendered }

    static func members(of frame: DC09Frame) -> [(String, ReportJSON)] {
        [
            ("token", .string(frame.token.text)),
            ("encrypted", .bool(frame.isEncrypted)),
            ("sequence", .string(frame.sequence)),
            ("receiver", .optional(frame.receiver)),
            ("line", .optional(frame.line)),
            ("account", .optional(frame.account)),
            ("dataAccount", .optional(frame.dataAccount)),
            ("data", .string(frame.data)),
            ("timestamp", .optional(frame.timestamp?.iso8601)),
            ("extended", extended(frame.extendedData)),
            ("events", .array(frame.events.map(event))),
            ("quirks", .array(frame.quirks.names.map(ReportJSON.string))),
            ("crcFormat", .string(frame.crcFormat.rawValue)),
        ]
    }

    static func extended(_ blocks: [DC09ExtendedData]) -> ReportJSON {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for block in blocks {
            let letter = String(block.letter)
            if values[letter] == nil { order.append(letter) }
            values[letter, default: []].append(block.value)
        }
        return .object(
            order.map { letter in
                let list = values[letter] ?? []
                return (letter, list.count == 1 ? .string(list[0]) : .array(list.map(ReportJSON.string)))
            })
    }

    static func event(_ event: DecodedEvent) -> ReportJSON {
        .object([
            ("code", .string(event.code)),
            ("format", .string(event.format.rawValue)),
            ("qualifier", .string(event.qualifier.rawValue)),
            ("zone", .optional(event.zone)),
            ("partition", .optional(event.partition)),
            ("user", .optional(event.user)),
            ("category", .string(event.category.rawValue)),
            ("description", .string(event.description)),
            ("text", .optional(event.text)),
            ("old", .bool(event.isOld)),
            ("modifiers", .object(event.modifiers.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
        ])
    }
}
