import NIOCore
import VigieCore

/// Runs one connection's ``SMTPSession``: splits the bytes into lines, sends the replies, and holds everything the
/// client pipelines after a message until that message is stored and answered, so replies keep their order.
final class SMTPConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// A command line longer than this ends the connection (RFC 5321 allows 512); a message line, this much more.
    static let longestCommandLine = 4096
    static let longestDataLine = 1024 * 1024

    private let receiver: SMTPReceiver
    private var session: SMTPSession
    private var buffer = ByteBuffer()
    /// A message is being stored: lines wait in ``buffer``.
    private var delivering = false
    private var closing = false
    private var peer = ""

    init(receiver: SMTPReceiver) {
        self.receiver = receiver
        session = SMTPSession(configuration: receiver.configuration) { [directory = receiver.directory] in directory.lookup(mailbox: $0) }
    }

    func channelActive(context: ChannelHandlerContext) {
        peer = context.remoteAddress.map { "\($0.ipAddress ?? "?"):\($0.port ?? 0)" } ?? "unknown"
        send(session.greeting, context: context)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        buffer.writeBuffer(&incoming)
        process(context: context)
    }

    private func process(context: ChannelHandlerContext) {
        while !delivering, !closing {
            let view = buffer.readableBytesView
            guard let newline = view.firstIndex(of: UInt8(ascii: "\n")) else {
                let limit = session.state == .data ? Self.longestDataLine : Self.longestCommandLine
                if buffer.readableBytes > limit { refuseLongLine(context: context) }
                return
            }
            var line = view[view.startIndex..<newline]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            let bytes = Array(line)
            buffer.moveReaderIndex(forwardBy: newline - view.startIndex + 1)
            for action in session.receive(bytes[...]) { perform(action, context: context) }
        }
        buffer.discardReadBytes()
    }

    private func perform(_ action: SMTPSession.Action, context: ChannelHandlerContext) {
        switch action {
        case .reply(let text): send(text, context: context)
        case .close:
            closing = true
            context.close(promise: nil)
        case .refuseRecipient(let address, let sender, let heloName):
            receiver.refuseRecipient(address, sender: sender, heloName: heloName, peer: peer)
        case .deliver(let message):
            delivering = true
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            receiver.deliver(message, peer: peer, on: context.eventLoop) { reply in
                let (handler, context) = loopBound.value
                handler.delivering = false
                handler.send(reply, context: context)
                handler.process(context: context)
            }
        }
    }

    private func refuseLongLine(context: ChannelHandlerContext) {
        closing = true
        send("500 5.5.2 Line too long", context: context)
        context.close(promise: nil)
    }

    private func send(_ text: String, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
    }
}
