import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import Prometheus
import VigieCore

/// Builds the HTTP application: API, sessions, health, metrics and the static console.
public enum WebApplication {
    /// The router alone, for tests that drive it without sockets.
    /// - Parameters:
    ///   - hooks: how the web side reaches the rest of the station (receiver status, configuration changes).
    public static func buildRouter(
        configuration: WebConfiguration, store: any Store, registry: PrometheusCollectorRegistry, hooks: StationHooks = StationHooks(),
        now: @escaping @Sendable () -> Date = Date.init
    ) async throws -> Router<AppRequestContext> {
        let hasher = PasswordHasher(cost: configuration.bcryptCost)
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorMiddleware())
        router.add(middleware: MetricsMiddleware())
        router.add(middleware: FileMiddleware(configuration.publicDirectory ?? bundledPublicDirectory, searchForIndexHtml: true))
        router.add(middleware: SessionMiddleware(store: store, policy: configuration.sessions, now: now))

        OperationsController(store: store, registry: registry, metricsToken: configuration.metricsToken, stationHealth: hooks.health).addPublicRoutes(
            to: router)
        hooks.demoCameras?.addRoutes(to: router)
        let sessions = SessionController(
            store: store, hasher: hasher, policy: configuration.sessions, now: now, isDemo: hooks.demoTraffic != nil,
            stationTimeZone: configuration.stationTimeZone,
            decoyHash: try await hasher.hash(UUID().uuidString), attempts: SignInAttempts(policy: configuration.sessions))
        sessions.addPublicRoutes(to: router.group("api/v1"))

        let api = router.group("api/v1").add(middleware: RequireRole(minimum: .operator))
        sessions.addRoutes(to: api)
        ConfigController(Customer.self, store: store).addRoutes(to: api)
        ConfigController(Site.self, store: store, parentParameter: "customerID").addRoutes(to: api)
        ConfigController(Transmitter.self, store: store, parentParameter: "siteID").addRoutes(to: api)
        ConfigController(Zone.self, store: store, parentParameter: "siteID").addRoutes(to: api)
        ConfigController(Contact.self, store: store, parentParameter: "siteID").addRoutes(to: api)
        ConfigController(Procedure.self, store: store, parentParameter: "scopeID").addRoutes(to: api)
        ConfigController(OpeningSchedule.self, store: store, parentParameter: "siteID").addRoutes(to: api)
        ConfigController(TemporaryInstruction.self, store: store, writeRole: .operator, parentParameter: "siteID").addRoutes(to: api)
        ConfigController(ClosureCode.self, store: store).addRoutes(to: api)
        ConfigController(SupervisionProfile.self, store: store).addRoutes(to: api)
        ConfigController(Device.self, store: store, parentParameter: "siteID").addRoutes(to: api)
        UserController(store: store, hasher: hasher).addRoutes(to: api)
        LogbookController(store: store).addRoutes(to: api)
        ExchangeController(store: store).addRoutes(to: api)
        OperatorActionsController(store: store, now: now).addRoutes(to: api)
        SignalController(store: store, receivers: hooks.receivers).addRoutes(to: api)
        DemoController(store: store, traffic: hooks.demoTraffic).addRoutes(to: api)
        AlarmController(store: store, now: now).addRoutes(to: api)
        AlarmStepController(store: store, now: now, handling: AlarmHandling(policy: configuration.alarmPolicy)).addRoutes(to: api)
        AlarmContextController(store: store, now: now, liveWindow: hooks.liveRelay == nil ? nil : configuration.liveViewWindow).addRoutes(to: api)
        LiveViewController(
            store: store, relay: hooks.liveRelay, window: configuration.liveViewWindow, views: LiveViewCount(maximum: configuration.maximumLiveViews),
            now: now
        )
        .addRoutes(to: api)
        MediaController(store: store, library: MediaLibrary(directory: configuration.mediaDirectory ?? "media")).addRoutes(to: api)
        DispatchController(store: store, now: now, handling: AlarmHandling(policy: configuration.alarmPolicy)).addRoutes(to: api)
        OperatorDirectoryController(store: store).addRoutes(to: api)
        ShiftController(store: store, receivers: hooks.receivers, now: now).addRoutes(to: api)
        LiveController(store: store, feed: LiveFeed(store: store, capacity: configuration.liveBufferBatches), keepAlive: configuration.liveKeepAlive)
            .addRoutes(to: api)
        let document = OpenAPIDocument.json
        api.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: document)))
        }
        return router
    }

    /// The console files shipped inside the executable's resource bundle.
    public static var bundledPublicDirectory: String {
        Bundle.module.resourceURL!.appendingPathComponent("Public").path
    }

    /// HTTP/1.1 with the deadlines that keep idle and trickling clients from holding connections for ever.
    /// Connections beyond `maximumConnections` are closed at once.
    public static func server(configuration: WebConfiguration) -> HTTPServerBuilder {
        let headTimeout = TimeAmount(configuration.requestHeadTimeout)
        let count = ConnectionCapHandler.Count(maximum: configuration.maximumConnections)
        return .http1(
            configuration: .init(
                additionalChannelHandlers: [ConnectionCapHandler(count: count), RequestHeadDeadlineHandler(deadline: headTimeout)],
                idleTimeout: TimeAmount(configuration.idleTimeout)))
    }

    /// The HTTP server as a `Service` for the station's `ServiceGroup`.
    public static func build(
        configuration: WebConfiguration, store: any Store, registry: PrometheusCollectorRegistry, hooks: StationHooks, logger: Logger
    ) async throws -> some ApplicationProtocol {
        let router = try await buildRouter(configuration: configuration, store: store, registry: registry, hooks: hooks)
        return Application(
            router: router, server: server(configuration: configuration),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Vigie"),
            logger: logger)
    }
}
