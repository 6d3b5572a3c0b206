import NIOCore
import Synchronization

/// Closes HTTP connections beyond a cap, so that clients that open connections and hold them (slowloris, a
/// crowd of stalled consoles) cannot take the descriptors the receivers and the database need.
///
/// One instance per connection, all sharing one count.
final class ConnectionCapHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    /// The connections open on one server, shared by their handlers.
    final class Count: Sendable {
        let maximum: Int
        let open = Atomic<Int>(0)

        init(maximum: Int) {
            self.maximum = maximum
        }
    }

    private let count: Count
    private var counted = false

    init(count: Count) {
        self.count = count
    }

    func handlerAdded(context: ChannelHandlerContext) {
        counted = true
        if count.open.wrappingAdd(1, ordering: .relaxed).newValue > count.maximum { context.close(promise: nil) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        if counted { count.open.wrappingSubtract(1, ordering: .relaxed) }
        counted = false
    }
}

@available(*, unavailable)
extension ConnectionCapHandler: Sendable {}
