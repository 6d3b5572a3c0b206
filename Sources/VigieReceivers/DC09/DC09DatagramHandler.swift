import Logging
import NIOCore
import VigieCore
import VigieProtocols

/// The receiver's UDP socket, on its event loop: each datagram's frames go to the ingest queue, and their
/// answers leave to the datagram's source when the commit completes.
///
/// No task per datagram, as on TCP (``DC09ConnectionHandler``). Two bounds keep a flood cheap, each dropping
/// datagrams unanswered and counted (a panel resends): a budget of bad frames per source (``BadFrameBudget``),
/// checked before decoding, and a cap on the frames waiting for their commit (``DatagramAdmission``).
final class DC09DatagramHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    typealias OutboundOut = AddressedEnvelope<ByteBuffer>

    private let receiver: DC09Receiver
    private let admission: DatagramAdmission
    private var budget: BadFrameBudget<SocketAddress>
    private var inFlight = 0
    private var unknownInFlight = 0
    /// The station is stopping: answer what is in hand, take nothing more, then close.
    private var quiescing = false

    init(receiver: DC09Receiver) {
        self.receiver = receiver
        admission = DatagramAdmission(capacity: receiver.configuration.maximumDatagramsInFlight)
        budget = BadFrameBudget(limits: receiver.configuration.badFrames, at: .now())
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !quiescing else { return }
        let envelope = unwrapInboundIn(data)
        let source = envelope.remoteAddress
        let now = MonotonicInstant.now()
        let directory = receiver.directory
        guard budget.admits(source, at: now, claimsKnownAccount: { DC09AccountPeek.account(in: envelope.data).map(directory.knows) ?? false })
        else {
            receiver.datagramDropped(from: source, because: .badFrames)
            return
        }
        var buffer = envelope.data
        let peer = source.description
        var decoder = DC09FrameDecoder(maximumFrameLength: receiver.configuration.maximumFrameLength, options: receiver.decodingOptions)
        do {
            while let decoded = try decoder.decode(buffer: &buffer) ?? decoder.decodeLast(buffer: &buffer, seenEOF: true) {
                submit(decoded, from: source, peer: peer, datagramLength: envelope.data.readableBytes, at: now, context: context)
            }
        } catch {
            // Refused before a frame could be read from it: stored with its reason, as the budget allows.
            budget.charge(source, at: now)
            if let error = error as? DC09Error { receiver.record(error: error, peer: peer, source: source.ipAddress ?? peer, transport: .udp) }
        }
    }

    private func submit(
        _ decoded: DC09DecodedFrame, from address: SocketAddress, peer: String, datagramLength: Int, at now: MonotonicInstant,
        context: ChannelHandlerContext
    ) {
        let mapped = receiver.map(decoded, peer: peer, transport: .udp)
        let known = mapped.draft.transmitterID != nil
        if known && mapped.draft.error == nil {
            budget.vouch(for: address, at: now)
        } else {
            budget.charge(address, at: now)
        }
        guard admission.admits(known: known, inFlight: inFlight, unknownInFlight: unknownInFlight) else {
            receiver.datagramDropped(from: address, because: .tooManyInFlight)
            return
        }
        inFlight += 1
        if !known { unknownInFlight += 1 }
        let bound = NIOLoopBound((handler: self, context: context), eventLoop: context.eventLoop)
        receiver.submit(mapped, transport: .udp, source: address.ipAddress ?? peer) { result in
            bound.eventLoop.execute {
                let (handler, context) = bound.value
                handler.answer(result, to: address, known: known, datagramLength: datagramLength, context: context)
            }
        }
    }

    private func answer(
        _ result: Result<ByteBuffer?, any Error>, to address: SocketAddress, known: Bool, datagramLength: Int, context: ChannelHandlerContext
    ) {
        inFlight -= 1
        if !known { unknownInFlight -= 1 }
        // Not stored, so not answered: the panel retries.
        if case .success(let reply?) = result {
            if reply.readableBytes <= datagramLength {
                context.writeAndFlush(wrapOutboundOut(AddressedEnvelope(remoteAddress: address, data: reply)), promise: nil)
            } else {
                receiver.datagramDropped(from: address, because: .answerLongerThanDatagram)
            }
        }
        if quiescing && inFlight == 0 { context.close(promise: nil) }
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
        // A datagram socket error (an ICMP unreachable reported on a later read) concerns one peer, not the socket.
        receiver.logger.debug("datagram socket error", metadata: ["error": "\(error)"])
    }
}

@available(*, unavailable)
extension DC09DatagramHandler: Sendable {}
