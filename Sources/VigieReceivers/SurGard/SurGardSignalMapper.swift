import Foundation
import VigieCore
import VigieProtocols

/// Turns one line of a Sur-Gard automation output into the signal to store.
struct SurGardSignalMapper: Sendable {
    let feedName: String
    let directory: AccountDirectory

    func map(_ line: SurGardFrameDecoder.Line, peer: String, now: Date) -> SignalDraft {
        var draft = SignalDraft(
            receivedAt: now, receiver: feedName, transport: .receiverFeed, peer: peer, raw: DC09SignalMapper.printable(line.raw))
        switch line.result {
        case .failure(let error):
            draft.error = error.reason
            draft.reply = "NAK"
        case .success(let message):
            draft.reply = "ACK"
            draft.token = message.kind == .heartbeat ? "HEARTBEAT" : message.kind.rawValue
            draft.account = message.account
            draft.receiverNumber = message.receiver
            draft.line = message.line
            draft.events = message.events.map(DC09SignalMapper.event)
            if let account = message.account, let entry = directory.lookup(account: account, receiver: nil, line: nil) {
                draft.transmitterID = entry.transmitterID
                draft.siteID = entry.siteID
            }
        }
        return draft
    }
}
