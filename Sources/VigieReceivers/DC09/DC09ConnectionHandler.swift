import NIOCore
import VigieCore
import VigieProtocols

/// One panel's TCP connection, on its event loop: each decoded frame goes to the ingest queue, and its answer
/// leaves when the commit completes.
///
/// There is no task per connection: a frame crosses no thread before the ingest writer picks it up, and its
/// answer crosses one back. Panels wait for each answer before sending the next frame; one that sends ahead
/// still gets its answers in order, as the ingest queue completes signals in the order they were submitted.
final class DC09ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = DC09DecodedFrame
    typealias OutboundOut = ByteBuffer

    private let receiver: DC09Receiver
    private var peer = "unknown"
    /// The peer's IP address, what the per-address cap counts.
    private var address = "unknown"
    /// Whether ``channelActive(context:)`` counted this connection (and ``channelInactive(context:)`` must uncount it).
    private var counted = false
    /// Frames submitted and not answered yet.
    private var inFlight = 0
    /// Refused frames in a row; at the receiver's limit the connection closes once they are answered.
    private var consecutiveBadFrames = 0
    /// Closes the connection if no frame comes soon after it opened.
    private var firstFrameDeadline: Scheduled<Void>?
    /// The station is stopping, or the peer sent too many bad frames: answer what is in hand, take nothing
    /// more, then close.
    private var quiescing = false

    init(receiver: DC09Receiver) {
        self.receiver = receiver
    }

    func channelActive(context: ChannelHandlerContext) {
        peer = context.remoteAddress?.description ?? "unknown"
        address = context.remoteAddress?.ipAddress ?? peer
        counted = true
        if !receiver.connectionOpened(context.channel, peer: peer, address: address) {
            context.close(promise: nil)
            return
        }
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        firstFrameDeadline = context.eventLoop.scheduleTask(in: receiver.firstFrameTimeout) {
            let (handler, context) = bound.value
            handler.receiver.shed(peer: handler.peer, because: .noFrame)
            context.close(promise: nil)
        }
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        firstFrameDeadline?.cancel()
        if counted { receiver.connectionClosed(address: address) }
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !quiescing else { return }
        firstFrameDeadline?.cancel()
        firstFrameDeadline = nil
        receiver.connections.noteActivity(on: context.channel)
        let mapped = receiver.map(unwrapInboundIn(data), peer: peer, transport: .tcp)
        consecutiveBadFrames = mapped.draft.error == nil ? 0 : consecutiveBadFrames + 1
        if consecutiveBadFrames >= receiver.configuration.maximumConsecutiveBadFrames {
            receiver.shed(peer: peer, because: .badFrames)
            quiescing = true
        }
        inFlight += 1
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        receiver.submit(mapped, transport: .tcp, source: address) { result in
            bound.eventLoop.execute {
                let (handler, context) = bound.value
                handler.answer(result, context: context)
            }
        }
    }

    private func answer(_ result: Result<ByteBuffer?, any Error>, context: ChannelHandlerContext) {
        inFlight -= 1
        switch result {
        case .success(let reply):
            receiver.connections.noteActivity(on: context.channel)
            if let reply { context.writeAndFlush(wrapOutboundOut(reply), promise: nil) }
            // The last answer written, then closed: flushed writes go out before the close.
            if quiescing && inFlight == 0 { context.close(promise: nil) }
        case .failure:
            // Not stored, so not answered: the panel retries, here after a restart or at the backup receiver.
            context.close(promise: nil)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is ChannelShouldQuiesceEvent else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        quiescing = true
        if inFlight == 0 { context.close(promise: nil) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A frame too long to be one: recorded, then the connection is dropped (the panel reconnects).
        if let error = error as? DC09Error { receiver.record(error: error, peer: peer, source: address, transport: .tcp) }
        context.close(promise: nil)
    }
}

@available(*, unavailable)
extension DC09ConnectionHandler: Sendable {}
