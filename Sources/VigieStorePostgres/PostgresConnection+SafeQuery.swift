import Logging
import NIOCore
import PostgresNIO

extension PostgresConnection {
    /// Runs `query` and collects its rows, in a way that always ends, with the rows, the server's error, or an error
    /// saying the connection is gone, and that a cancelled caller (a deadline) ends at once.
    ///
    /// postgres-nio's `async` query writes its request into the channel without a promise: sent on a connection the
    /// server has just closed (a restart between two queries of a transaction), the request never reaches the
    /// connection's handler and the query waits forever. That hung ingest for good after PostgreSQL restarts.
    /// Here the request is written from the connection's event loop right after checking that the channel is
    /// still open, so it either reaches the handler, which fails it if the connection closes later, or is refused.
    /// Cancelling closes the connection, which fails the request in flight.
    func collectRows(_ query: PostgresQuery, logger: Logger) async throws -> [PostgresRandomAccessRow] {
        let rows = eventLoop.flatSubmit { () -> EventLoopFuture<PostgresQueryResult> in
            guard !self.isClosed else { return self.eventLoop.makeFailedFuture(PostgresConnectionGone()) }
            return self.query(query, logger: logger)
        }
        return try await withTaskCancellationHandler {
            try await rows.get().rows.map { $0.makeRandomAccess() }
        } onCancel: {
            let closing: EventLoopFuture<Void> = self.close()
            closing.whenComplete { _ in }
        }
    }
}

/// The connection closed before the query could be sent (the server restarted, or a deadline cut it).
struct PostgresConnectionGone: Error, CustomStringConvertible {
    var description: String { "the connection to PostgreSQL is closed" }
}
