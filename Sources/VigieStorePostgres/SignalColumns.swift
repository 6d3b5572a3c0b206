import Foundation
import PostgresNIO
import VigieCore

/// A signal's columns: events as JSON text, times as UTC milliseconds (as in the SQLite store).
enum SignalColumns {
    static let names =
        "received_at, receiver, transport, peer, raw, token, encrypted, account, receiver_number, line, sequence, panel_time, events, error, reply, transmitter_id, site_id, dedupe_key, device_id, attachments, verification_url"
    static let count = 21

    static func bind(_ draft: SignalDraft, into binds: inout PostgresBindings) {
        binds.append(draft.receivedAt.millisecondsSince1970)
        binds.append(draft.receiver)
        binds.append(draft.transport.rawValue)
        binds.append(draft.peer)
        binds.append(draft.raw)
        binds.append(draft.token)
        binds.append(draft.encrypted)
        binds.append(draft.account)
        binds.append(draft.receiverNumber)
        binds.append(draft.line)
        binds.append(draft.sequence)
        binds.append(draft.panelTime?.millisecondsSince1970)
        binds.append(EventsJSON.encode(draft.events))
        binds.append(draft.error)
        binds.append(draft.reply)
        binds.append(draft.transmitterID?.uuidString)
        binds.append(draft.siteID?.uuidString)
        binds.append(draft.dedupeKey)
        binds.append(draft.deviceID?.uuidString)
        binds.append(AttachmentsJSON.encode(draft.attachments))
        binds.append(draft.verificationURL)
    }

    static func stored(_ row: PostgresRandomAccessRow) throws -> StoredSignal {
        let events: String = try row.value("events")
        let draft = SignalDraft(
            receivedAt: try row.date("received_at"), receiver: try row.value("receiver"),
            transport: SignalTransport(rawValue: try row.value("transport")) ?? .tcp, peer: try row.value("peer"), raw: try row.value("raw"),
            token: try row.value("token"), encrypted: try row.value("encrypted"), account: try row.value("account"),
            receiverNumber: try row.value("receiver_number"), line: try row.value("line"), sequence: try row.value("sequence"),
            panelTime: try row.value("panel_time", as: Int64?.self).map(Date.init(millisecondsSince1970:)),
            events: try VigieJSON.decoder().decode([SignalEvent].self, from: Data(events.utf8)), error: try row.value("error"),
            reply: try row.value("reply"), transmitterID: try row.optionalUUID("transmitter_id"), siteID: try row.optionalUUID("site_id"),
            dedupeKey: try row.value("dedupe_key"), deviceID: try row.optionalUUID("device_id"),
            attachments: try AttachmentsJSON.decode(try row.value("attachments")), verificationURL: try row.value("verification_url"))
        return StoredSignal(id: try row.value("id"), signal: draft)
    }
}
