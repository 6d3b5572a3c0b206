import Hummingbird

/// A push request's context: the router's, plus the camera's address as the signal records it (`ip:port`).
struct PushRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let peer: String

    init(source: Source) {
        coreContext = .init(source: source)
        let address = source.channel.remoteAddress
        peer = "\(address?.ipAddress ?? "unknown"):\(address?.port ?? 0)"
    }
}
