import Foundation
import Logging
import PostgresNIO
import VigieCore

/// One write transaction on one connection: its queries, and the logbook entries it appends.
///
/// A logged write first locks the logbook's head row, so the transactions of every node that append to the
/// logbook run one after the other: the chain never forks, and the checks a write makes (unique keys, the
/// alarm's state, the engine's cursor) see everything committed before it.
final class PostgresWrite {
    let connection: PostgresConnection
    let logger: Logger
    private var head: (sequence: Int64, hash: String)?
    private var entries: [LogbookEntry] = []

    init(connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    @discardableResult
    func execute(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        try await connection.collectRows(query, logger: logger)
    }

    func lockLogbookHead() async throws {
        let row = try await execute("SELECT seq, hash FROM logbook_head WHERE id = 1 FOR UPDATE").first
        head = (try row?.value("seq") ?? 0, try row?.value("hash") ?? LogbookChain.genesis)
    }

    /// Chains an entry after the head; it is written with the transaction's other entries by ``finish()``.
    @discardableResult
    func append(_ draft: LogbookDraft, at: Date) throws -> LogbookEntry {
        guard let head else { preconditionFailure("a logged write locks the logbook head before appending") }
        let entry = LogbookEntry(sequence: head.sequence + 1, at: at, draft: draft, previousHash: head.hash)
        self.head = (entry.sequence, entry.hash)
        entries.append(entry)
        return entry
    }

    /// Writes the appended entries, moves the head and notifies every node's listener (delivered at commit).
    /// - Returns: whether the logbook grew.
    func finish(channel: String) async throws -> Bool {
        guard let head, !entries.isEmpty else { return false }
        for chunk in entries.chunked(by: 1000) {
            var binds = PostgresBindings(capacity: chunk.count * 11)
            var rows: [String] = []
            for entry in chunk {
                rows.append(binds.placeholders(11))
                binds.append(entry.sequence)
                binds.append(entry.at.millisecondsSince1970)
                binds.append(entry.kind.rawValue)
                binds.append(entry.authorID?.uuidString)
                binds.append(entry.authorName)
                binds.append(entry.siteID?.uuidString)
                binds.append(entry.alarmID?.uuidString)
                binds.append(entry.summary)
                binds.append(entry.details)
                binds.append(entry.previousHash)
                binds.append(entry.hash)
            }
            try await execute(
                PostgresQuery(
                    unsafeSQL: """
                        INSERT INTO logbook (seq, at, kind, author_id, author_name, site_id, alarm_id, summary, details, previous_hash, hash)
                        VALUES \(rows.joined(separator: ", "))
                        """, binds: binds))
        }
        try await execute("UPDATE logbook_head SET seq = \(head.sequence), hash = \(head.hash) WHERE id = 1")
        try await execute("SELECT pg_notify(\(channel), '')")
        return true
    }
}

extension PostgresStore {
    /// Runs `body` in one transaction and returns once it is committed.
    /// - Parameter logged: whether `body` may append to the logbook (it then holds the logbook head; see ``PostgresWrite``).
    @discardableResult
    func write<Result: Sendable>(logged: Bool = true, _ body: (PostgresWrite) async throws -> Result) async throws -> Result {
        // A cancelled write (a deadline passed) closes its connection (see `collectRows`): the pending query fails
        // at once and the pool replaces the connection. A transaction cut that way is rolled back by the server
        // unless its COMMIT had arrived, which callers allow for (ingest recognises the panel's retransmission of a
        // signal committed but not acknowledged).
        let (result, grew) = try await client.withConnection { connection in
            let write = PostgresWrite(connection: connection, logger: logger)
            try await write.execute("BEGIN")
            do {
                if logged { try await write.lockLogbookHead() }
                let result = try await body(write)
                let grew = try await write.finish(channel: settings.channel)
                try await write.execute("COMMIT")
                return (result, grew)
            } catch {
                // The original error matters to the caller (a validation, a conflict), not the rollback's. A closed
                // connection has nothing to roll back: the server did it.
                if !connection.isClosed { _ = try? await write.execute("ROLLBACK") }
                throw error
            }
        }
        // This node's consoles at once; the others through the notification.
        if grew { changes.notify() }
        return result
    }

    /// The rows of a read outside any transaction.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRandomAccessRow] {
        try await client.withConnection { connection in try await connection.collectRows(query, logger: logger) }
    }
}

extension PostgresRandomAccessRow {
    /// The value of a column, `nil` included when `Value` is optional.
    func value<Value: PostgresDecodable>(_ column: String, as type: Value.Type = Value.self) throws -> Value {
        try self[column].decode(Value.self)
    }
}

extension PostgresBindings {
    /// `($n, $n+1, …)` for the next `count` values to append, for multi-row `VALUES`.
    func placeholders(_ count: Int) -> String {
        "(" + (self.count + 1...self.count + count).map { "$\($0)" }.joined(separator: ", ") + ")"
    }

    /// The placeholder of a value appended now.
    mutating func bind(_ value: some PostgresDynamicTypeEncodable) -> String {
        append(value)
        return "$\(count)"
    }
}

extension Array {
    func chunked(by size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

extension PostgresRandomAccessRow {
    func uuid(_ column: String) throws -> UUID {
        let text: String = try value(column)
        guard let uuid = UUID(uuidString: text) else { throw PostgresDecodingFailure(column: column, value: text) }
        return uuid
    }

    func optionalUUID(_ column: String) throws -> UUID? {
        try value(column, as: String?.self).flatMap(UUID.init(uuidString:))
    }

    /// A time stored as UTC milliseconds.
    func date(_ column: String) throws -> Date {
        Date(millisecondsSince1970: try value(column))
    }
}

/// A stored value that does not read back as what was written: the row was changed outside Vigie.
struct PostgresDecodingFailure: Error, CustomStringConvertible {
    var column: String
    var value: String

    var description: String { "column \(column) holds \"\(value)\", which Vigie did not write" }
}
