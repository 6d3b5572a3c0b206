import PostgresNIO
import VigieCore

/// The `WHERE` clause of a list query, built condition by condition with bound values.
struct SQLFilter {
    private(set) var binds = PostgresBindings()
    private var clauses: [String] = []

    /// Adds a condition; `make` binds its values through the given bindings and returns the SQL.
    mutating func add(_ make: (inout PostgresBindings) -> String) {
        clauses.append(make(&binds))
    }

    var sql: String { clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ") }
}

extension PostgresStore {
    /// One page of `table`'s rows matching `filter`, and how many match in all.
    func page<Item: Sendable>(
        of table: String, filter: SQLFilter, order: String, offset: Int, limit: Int, transform: (PostgresRandomAccessRow) throws -> Item
    ) async throws -> Page<Item> {
        let total =
            try await rows(PostgresQuery(unsafeSQL: "SELECT COUNT(*) AS n FROM \(table) \(filter.sql)", binds: filter.binds))
            .first?.value("n", as: Int.self) ?? 0
        var binds = filter.binds
        let sql = "SELECT * FROM \(table) \(filter.sql) ORDER BY \(order) LIMIT \(binds.bind(limit)) OFFSET \(binds.bind(offset))"
        let items = try await rows(PostgresQuery(unsafeSQL: sql, binds: binds)).map(transform)
        return Page(items: items, total: total, offset: offset, limit: limit)
    }
}
