import Logging
import ServiceLifecycle

/// The first service to hear of a shutdown (it is the last of the group): starts the hard deadline and gives the
/// work lease up at once, then lets the other services drain in reverse order within their time.
struct StationShutdown: Service {
    let keeper: LeaseKeeper
    let deadline: ProcessDeadline
    /// The whole shutdown's bound: graceful drain, then cancellation, then the process exits regardless.
    let limit: Duration
    let logger: Logger

    func run() async throws {
        try? await gracefulShutdown()
        logger.info("stopping", metadata: ["shutdown.deadline": "\(limit)"])
        deadline.arm(after: limit, reason: "graceful shutdown")
        await keeper.relinquish()
    }
}
