import Crypto
import Foundation
import NIOCore
import VigieCore
import VigieProtocols

/// Turns one decoded (or refused) DC-09 frame into the signal the store keeps and the reply the panel gets.
struct DC09SignalMapper: Sendable {
    let receiverName: String
    let directory: AccountDirectory

    /// What to do with one frame: the signal to store, then the reply to send and the key to encrypt it with.
    struct Mapped {
        var draft: SignalDraft
        var reply: DC09Message?
        var replyKey: DC09Key?
    }

    func map(_ decoded: DC09DecodedFrame, peer: String, transport: SignalTransport, now: Date) -> Mapped {
        let nowStamp = DC09Timestamp(epochSeconds: Int64(now.timeIntervalSince1970))
        let reply = DC09Reply.response(to: decoded.result, now: nowStamp)
        var draft = SignalDraft(
            receivedAt: now, receiver: receiverName, transport: transport, peer: peer, raw: Self.printable(decoded.raw), reply: reply?.token.text)
        var replyKey: DC09Key?
        switch decoded.result {
        case .failure(let error):
            draft.error = error.reason
            // When the frame was intact (good CRC and length) but its content refused, its clear-text header still
            // says who sent it and whether it was encrypted.
            if !["badCRC", "badLength", "frameTooLong"].contains(error.reason) {
                draft.account = Self.headerAccount(decoded.raw)
                draft.encrypted = decoded.raw.readableBytesView.firstRange(of: Array("\"*".utf8)) != nil
            }
        case .success(let frame):
            draft.token = frame.token.text
            draft.encrypted = frame.isEncrypted
            draft.account = frame.subscriberAccount
            draft.receiverNumber = frame.receiver
            draft.line = frame.line
            draft.sequence = frame.sequence
            draft.panelTime = frame.timestamp.map { Date(timeIntervalSince1970: TimeInterval($0.epochSeconds)) }
            draft.events = frame.events.map(Self.event)
            draft.verificationURL = frame.extendedData.first { $0.letter == "V" && !$0.value.isEmpty }?.value
            if let account = frame.account, let entry = directory.lookup(account: account, receiver: frame.receiver, line: frame.line) {
                draft.transmitterID = entry.transmitterID
                draft.siteID = entry.siteID
                replyKey = frame.isEncrypted ? entry.key : nil
            }
            draft.dedupeKey = Self.dedupeKey(frame)
        }
        return Mapped(draft: draft, reply: reply, replyKey: replyKey)
    }

    /// Same account, line, sequence and payload: a retransmission. The timestamp is left out because
    /// panels re-stamp a message when they resend it.
    static func dedupeKey(_ frame: DC09Frame) -> String? {
        guard !frame.token.isReply, let account = frame.account else { return nil }
        var identity: [UInt8] = []
        identity.reserveCapacity(64 + frame.data.utf8.count)
        for part in [frame.receiver ?? "", frame.line ?? "", account.uppercased(), frame.sequence, frame.token.text, frame.data] {
            identity.append(contentsOf: part.utf8)
            identity.append(0x1F)
        }
        for field in frame.extendedData {
            identity.append(contentsOf: "[\(field.letter)".utf8)
            identity.append(contentsOf: field.value.utf8)
            identity.append(UInt8(ascii: "]"))
        }
        return Hex.string(SHA256.hash(data: identity).prefix(16))
    }

    /// The `#account` of a frame's clear-text header (between the ID token and the data block).
    static func headerAccount(_ raw: ByteBuffer) -> String? {
        let bytes = Array(raw.readableBytesView)
        guard let quote = bytes.lastIndex(of: UInt8(ascii: "\"")), let open = bytes[quote...].firstIndex(of: UInt8(ascii: "[")),
            let hash = bytes[quote..<open].firstIndex(of: UInt8(ascii: "#"))
        else { return nil }
        let account = bytes[(hash + 1)..<open]
        guard (3...16).contains(account.count), account.allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }) else { return nil }
        return String(decoding: account, as: UTF8.self)
    }

    /// The stored form of one decoded event, with the code's meaning in both languages so that the French console
    /// titles the alarm in French.
    static func event(_ event: DecodedEvent) -> SignalEvent {
        SignalEvent(
            code: event.code, qualifier: event.qualifier, category: event.category, zone: event.zone.flatMap { Int($0) },
            partition: event.partition.flatMap { Int($0) }, user: event.user.flatMap { Int($0) }, description: event.description,
            frenchDescription: event.frenchDescription, text: event.text)
    }

    /// The frame's bytes as text, control and non-ASCII bytes written `\xNN` so the raw frame stays exact and readable.
    static func printable(_ buffer: ByteBuffer) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(buffer.readableBytes + 12)
        for byte in buffer.readableBytesView {
            if byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") {
                bytes.append(byte)
            } else {
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x"), Hex.upper[Int(byte >> 4)], Hex.upper[Int(byte & 0xF)]])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
