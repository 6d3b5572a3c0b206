import GRDB

/// The conditions of a list query and their arguments, built together so that they cannot disagree: each
/// optional filter of the API is one `where` call, added only when the filter is given.
struct SQLFilter {
    private(set) var conditions: [String] = []
    private(set) var arguments: StatementArguments = []

    /// Adds `condition` (with one `?`) when `value` is given.
    mutating func `where`(_ condition: String, _ value: (any DatabaseValueConvertible)?) {
        guard let value else { return }
        conditions.append(condition)
        arguments += [value]
    }

    /// Adds `column IN (?, …)` when `values` is not empty.
    mutating func `where`(_ column: String, in values: [any DatabaseValueConvertible]) {
        guard !values.isEmpty else { return }
        conditions.append("\(column) IN (\(values.map { _ in "?" }.joined(separator: ",")))")
        arguments += StatementArguments(values)
    }

    /// Adds a condition without argument when `applies`.
    mutating func `where`(_ condition: String, if applies: Bool) {
        if applies { conditions.append(condition) }
    }
}
