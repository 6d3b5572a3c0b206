import GRDB
import VigieCore

extension SQLiteStore {
    /// One page of `table`'s rows that match every condition, in `order`, with the count of all that match:
    /// what every list of the API returns.
    func page<Item>(
        of table: String, where conditions: [String], arguments: StatementArguments, order: String, offset: Int, limit: Int,
        transform: @escaping @Sendable (Row) throws -> Item
    ) async throws -> Page<Item> {
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try await pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table) \(filter)", arguments: arguments) ?? 0
            let rows = try Row.fetchAll(
                db, sql: "SELECT * FROM \(table) \(filter) ORDER BY \(order) LIMIT ? OFFSET ?", arguments: arguments + [limit, offset])
            return Page(items: try rows.map(transform), total: total, offset: offset, limit: limit)
        }
    }
}
