import Logging
import ServiceLifecycle

/// Runs `services` in one `ServiceGroup` around `body`, and always shuts them down gracefully afterwards, so a
/// failing test never leaves a receiver listening or a writer running.
public func withRunningServices<Result: Sendable>(
    _ services: [any Service], logger: Logger, _ body: () async throws -> Result
) async throws -> Result {
    let group = ServiceGroup(services: services, logger: logger)
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        let result: Result
        do {
            result = try await body()
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
        await group.triggerGracefulShutdown()
        try await tasks.waitForAll()
        return result
    }
}
