import Foundation
import NIOCore
import VigieCore

/// One logbook entry as the live stream sends it: a complete server-sent event, encoded once and shared by
/// every console's stream.
struct LiveFrame: Sendable {
    let sequence: Int64
    let bytes: ByteBuffer

    /// The event's JSON: the entry, with its alarm's state when it concerns one.
    private struct Event: Encodable {
        var entry: LogbookEntry
        var alarm: Alarm?
    }

    init(entry: LogbookEntry, alarm: Alarm?) throws {
        sequence = entry.sequence
        let data = try VigieJSON.encoder().encode(Event(entry: entry, alarm: alarm))
        var bytes = ByteBuffer(string: "id: \(entry.sequence)\nevent: \(entry.kind.rawValue)\ndata: ")
        bytes.writeBytes(data)
        bytes.writeString("\n\n")
        self.bytes = bytes
    }

    /// Tells a console that its stream was cut because it read too slowly: it reloads its state, and the stream
    /// goes on from `sequence` (the latest entry) rather than replaying what it missed.
    static func reset(at sequence: Int64) -> ByteBuffer {
        ByteBuffer(string: "id: \(sequence)\nevent: stream.reset\ndata: {\"reason\":\"slowReader\"}\n\n")
    }

    /// The frames of `entries`, in order, with their alarms read in one query.
    static func frames(of entries: [LogbookEntry], store: any Store) async throws -> [LiveFrame] {
        let alarms = try await store.alarms(ids: Set(entries.compactMap(\.alarmID)))
        return try entries.map { entry in try LiveFrame(entry: entry, alarm: entry.alarmID.flatMap { alarms[$0] }) }
    }
}
