import Foundation
import HTTPTypes
import Hummingbird
import ServiceLifecycle
import VigieCore

/// `GET /api/v1/stream`: the live feed of the console, as server-sent events.
///
/// Each logbook entry is one event whose `id` is its sequence number, with the alarm's current state when it
/// concerns one. A console that reconnects sends `Last-Event-ID` (browsers do it by themselves) and receives
/// every entry it missed, in order: nothing is lost, because the feed is the durable logbook itself.
struct LiveController {
    let store: any Store
    /// A comment line is sent after this much silence, so proxies keep the connection and the console sees it alive.
    let keepAlive: Duration

    struct Event: Encodable {
        var entry: LogbookEntry
        var alarm: Alarm?
    }

    enum Wake: Sendable { case change, keepAlive }

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("stream") { request, _ in
            let resumeText = request.headers[HTTPField.Name("Last-Event-ID")!] ?? request.stringQuery("since")
            let start: Int64
            if let resumeText {
                guard let value = Int64(resumeText), value >= 0 else { throw APIError.badRequest("must be a logbook sequence number", field: "since") }
                start = value
            } else {
                start = try await store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0
            }
            let once = request.stringQuery("once") == "true"
            let changes = store.changes.subscribe()
            let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                try await stream(from: start, once: once, changes: changes, writer: &writer)
            })
        }
    }

    private func stream(from start: Int64, once: Bool, changes: AsyncStream<Void>, writer: inout any ResponseBodyWriter) async throws {
        var cursor = start
        try await writer.write(ByteBuffer(string: "retry: 2000\n\n"))
        let (wakes, wake) = AsyncStream.makeStream(of: Wake.self, bufferingPolicy: .bufferingNewest(1))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await _ in changes { wake.yield(.change) }
            }
            group.addTask { [keepAlive] in
                while !Task.isCancelled {
                    try await Task.sleep(for: keepAlive)
                    wake.yield(.keepAlive)
                }
            }
            cursor = try await send(after: cursor, writer: &writer)
            if !once {
                for await reason in wakes.cancelOnGracefulShutdown() {
                    if reason == .keepAlive { try await writer.write(ByteBuffer(string: ": keep-alive\n\n")) }
                    cursor = try await send(after: cursor, writer: &writer)
                }
            }
            group.cancelAll()
        }
        try await writer.finish(nil)
    }

    /// Sends every entry after `cursor`, in order, and returns the new cursor.
    private func send(after cursor: Int64, writer: inout any ResponseBodyWriter) async throws -> Int64 {
        var cursor = cursor
        while true {
            let entries = try await store.logbook(query: LogbookQuery(afterSequence: cursor, limit: 500)).items
            var text = ""
            for entry in entries {
                let alarm = try await entry.alarmID.asyncMap { try await store.alarm(id: $0) } ?? nil
                let data = String(decoding: try VigieJSON.encoder().encode(Event(entry: entry, alarm: alarm)), as: UTF8.self)
                text += "id: \(entry.sequence)\nevent: \(entry.kind.rawValue)\ndata: \(data)\n\n"
                cursor = entry.sequence
            }
            if !text.isEmpty { try await writer.write(ByteBuffer(string: text)) }
            if entries.count < 500 { return cursor }
        }
    }
}

extension Optional {
    fileprivate func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
