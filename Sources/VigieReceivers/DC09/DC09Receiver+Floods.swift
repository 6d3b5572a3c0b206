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

    /// Why a datagram was dropped unanswered (a panel resends it).
    enum DatagramDrop: String, CaseIterable {
        /// Its source spent its budget of bad frames (``BadFrameBudget``).
        case badFrames
        /// Too many frames were waiting for their commit (``DatagramAdmission``).
        case tooManyInFlight
        /// Its answer would have been longer than the datagram: a forged source must not turn the station into
        /// an amplifier. A panel's own frames are always longer than their ACK; only a short refused frame,
        /// whose NAK carries a timestamp, goes unanswered (and the panel resends it).
        case answerLongerThanDatagram
    }

    /// A datagram dropped unanswered: counted, and logged once in a while (a line per datagram would be a flood
    /// of its own).
    func datagramDropped(from source: SocketAddress, because reason: DatagramDrop) {
        udpMetrics.dropped[reason.rawValue]?.increment()
        registry.update(configuration.name) { $0.dropped += 1 }
        if dropLog.allows() {
            logger.warning(
                "UDP flood: datagrams dropped unanswered",
                metadata: [
                    "receiver": "\(configuration.name)", "source": "\(source)", "reason": "\(reason.rawValue)",
                    "maximumDatagramsInFlight": "\(configuration.maximumDatagramsInFlight)",
                ])
        }
    }
}
