import CoreMetrics
import Logging
import NIOCore
import VigieCore

/// What the receiver does when it is offered more than it may take: count, log once in a while, carry on.
extension DC09Receiver {
    /// How long the receiver stops accepting TCP connections after the system refused one.
    static let acceptBackoff = TimeAmount.milliseconds(250)

    /// A connection the system could not accept, mostly for want of descriptors: counted, logged now and then,
    /// never fatal. Already-open connections and the HTTP console keep their descriptors.
    func acceptFailed(_ error: IOError) {
        tcpMetrics.acceptErrors.increment()
        if acceptErrorLog.allows() {
            logger.warning(
                "cannot accept connections for now; retrying", metadata: ["receiver": "\(configuration.name)", "error": "\(error)"])
        }
    }

    /// A datagram dropped unanswered because too many were waiting for their commit; the panel will resend it.
    func datagramDropped(peer: String) {
        udpMetrics.dropped.increment()
        registry.update(configuration.name) { $0.dropped += 1 }
        if dropLog.allows() {
            logger.warning(
                "UDP flood: datagrams dropped unanswered",
                metadata: [
                    "receiver": "\(configuration.name)", "peer": "\(peer)",
                    "maximumDatagramsInFlight": "\(configuration.maximumDatagramsInFlight)",
                ])
        }
    }
}
