import NIOCore
import VigieProtocols

/// One frame a panel sends, with the promise its reply fulfils and how long to wait for it.
struct PanelRequest: Sendable {
    var frame: ByteBuffer
    var reply: EventLoopPromise<DC09DecodedFrame>
    var timeout: TimeAmount
}

/// Why a panel's frame got no reply.
public enum PanelLinkError: Error, Hashable, Sendable {
    /// No reply within the ACK timeout.
    case timeout
    /// The receiver closed the connection (or it broke) before answering.
    case closed
    /// The simulator was asked to send a second frame before the first was answered.
    case busy
}

/// Pairs each frame a panel writes with the receiver's next reply, on the event loop.
///
/// A panel has at most one frame in flight (DC-09 panels wait for the answer), so one pending promise is
/// the whole state. Doing this in a handler rather than an async iterator lets a timeout fail the
/// promise from a scheduled task, without racing an iterator across tasks.
final class PanelReplyHandler: ChannelDuplexHandler {
    typealias InboundIn = DC09DecodedFrame
    typealias OutboundIn = PanelRequest
    typealias OutboundOut = ByteBuffer

    private var pending: (reply: EventLoopPromise<DC09DecodedFrame>, timeout: Scheduled<Void>)?

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        guard pending == nil else {
            request.reply.fail(PanelLinkError.busy)
            promise?.fail(PanelLinkError.busy)
            return
        }
        let loopBound = NIOLoopBound(self, eventLoop: context.eventLoop)
        let timeout = context.eventLoop.scheduleTask(in: request.timeout) {
            loopBound.value.finish(.failure(PanelLinkError.timeout))
        }
        pending = (request.reply, timeout)
        context.write(wrapOutboundOut(request.frame), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        // A reply with nothing pending is a late answer to a frame that already timed out: ignored.
        finish(.success(unwrapInboundIn(data)))
    }

    func channelInactive(context: ChannelHandlerContext) {
        finish(.failure(PanelLinkError.closed))
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        finish(.failure(error))
        context.close(promise: nil)
    }

    private func finish(_ result: Result<DC09DecodedFrame, any Error>) {
        guard let pending else { return }
        self.pending = nil
        pending.timeout.cancel()
        pending.reply.completeWith(result)
    }
}

@available(*, unavailable)
extension PanelReplyHandler: Sendable {}

/// Unwraps datagrams so that the same frame decoder reads replies over UDP as over TCP.
final class DatagramPayloadHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    typealias InboundOut = ByteBuffer

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(wrapInboundOut(unwrapInboundIn(data).data))
    }
}

@available(*, unavailable)
extension DatagramPayloadHandler: Sendable {}
