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
///
/// Every stream sends the same bytes, encoded once by the shared ``LiveFeed``. A console that reads too slowly
/// is cut (its stream ends) rather than buffered without bound; when it reconnects it gets a `stream.reset` event
/// telling it to reload its state, and the stream goes on from the latest entry.
struct LiveController {
    let store: any Store
    let feed: LiveFeed
    /// A comment line is sent after this much silence, so proxies keep the connection and the console sees it alive.
    let keepAlive: Duration

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.get("stream") { request, context in
            let resumeText = request.headers[HTTPField.Name("Last-Event-ID")!] ?? request.stringQuery("since")
            let start = try resumeText.map { text in
                guard let value = Int64(text), value >= 0 else { throw APIError.badRequest("must be a logbook sequence number", field: "since") }
                return value
            }
            let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
            if try request.boolQuery("once") {
                let latest = try await latestSequence()
                let cursor = start ?? latest
                let missed = Self.join(try await feed.frames(after: cursor, through: .max), after: cursor).buffer
                return Response(
                    status: .ok, headers: headers,
                    body: ResponseBody { writer in
                        try await writer.write(Self.retry)
                        try await writer.write(missed)
                        try await writer.finish(nil)
                    })
            }
            let subscription = try await feed.subscribe(session: try context.requireUser().session.idHash)
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    defer { subscription.end() }
                    try await stream(subscription, from: start, writer: &writer)
                })
        }
    }

    private static let retry = ByteBuffer(string: "retry: 2000\n\n")
    private static let keepAliveComment = ByteBuffer(string: ": keep-alive\n\n")

    private func stream(_ subscription: LiveSubscription, from start: Int64?, writer: inout any ResponseBodyWriter) async throws {
        try await writer.write(Self.retry)
        var cursor = subscription.head
        if subscription.wasCut {
            try await writer.write(LiveFrame.reset(at: cursor))
        } else if let start {
            let missed = Self.join(try await feed.frames(after: start, through: cursor), after: start)
            if missed.buffer.readableBytes > 0 { try await writer.write(missed.buffer) }
        }
        let changes = store.changes.subscribe()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { [feed] in
                for await _ in changes { try await feed.refresh() }
            }
            group.addTask { [keepAlive] in
                while !Task.isCancelled {
                    try await Task.sleep(for: keepAlive)
                    subscription.keepAlive()
                }
            }
            for await batch in subscription.batches.cancelOnGracefulShutdown() {
                // Cut for falling behind: what is still buffered is not worth writing, the console will reload.
                if subscription.isCut { break }
                if batch.isEmpty {
                    try await writer.write(Self.keepAliveComment)
                    continue
                }
                let joined = Self.join(batch, after: cursor)
                cursor = joined.cursor
                if joined.buffer.readableBytes > 0 { try await writer.write(joined.buffer) }
            }
            group.cancelAll()
        }
        try await writer.finish(nil)
    }

    /// The frames after `cursor` as one write, and the new cursor.
    private static func join(_ frames: [LiveFrame], after cursor: Int64) -> (buffer: ByteBuffer, cursor: Int64) {
        var buffer = ByteBuffer()
        var cursor = cursor
        for frame in frames where frame.sequence > cursor {
            var bytes = frame.bytes
            buffer.writeBuffer(&bytes)
            cursor = frame.sequence
        }
        return (buffer, cursor)
    }

    private func latestSequence() async throws -> Int64 {
        try await store.logbook(query: LogbookQuery(limit: 1)).items.first?.sequence ?? 0
    }
}
