/// Runs `operation` for at most `timeout`: past it the operation is cancelled and ``DeadlineExceeded`` thrown.
///
/// Every wait a signal depends on has a deadline (DESIGN invariant 8). The operation must honour cancellation
/// for the deadline to hold: the stores close a connection whose query is cancelled, and SQLite interrupts its
/// statement. An operation that ignores cancellation still delays the return; the ingest watchdog is the last
/// line of defence for that case.
public func withDeadline<Result: Sendable>(
    _ timeout: Duration, _ what: String, operation: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Result.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw DeadlineExceeded(what: what, timeout: timeout)
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw CancellationError() }
        return first
    }
}

/// An operation that did not finish within its deadline.
public struct DeadlineExceeded: Error, Hashable, Sendable, CustomStringConvertible {
    public var what: String
    public var timeout: Duration

    public init(what: String, timeout: Duration) {
        self.what = what
        self.timeout = timeout
    }

    public var description: String { "\(what) did not finish within \(timeout)" }
}
