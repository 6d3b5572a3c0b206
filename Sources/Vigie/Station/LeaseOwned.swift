import ServiceLifecycle

/// A service that only the node holding the work lease runs (see ``LeaseKeeper``): it waits for the lease,
/// then runs the service in its place in the `ServiceGroup`, so it stops in its turn on shutdown.
struct LeaseOwned: Service {
    let service: any Service
    let keeper: LeaseKeeper

    func run() async throws {
        let owner = await cancelWhenGracefulShutdown { await keeper.waitUntilHeld() }
        guard owner, !Task.isShuttingDownGracefully else { return }
        try await service.run()
    }
}
