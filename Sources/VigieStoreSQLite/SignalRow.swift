import Foundation
import GRDB
import VigieCore

/// A signal's columns: events as JSON text, times as UTC milliseconds.
struct SignalRow {
    let draft: SignalDraft
    let receivedAt: Int64
    let arguments: StatementArguments

    init(_ draft: SignalDraft) {
        self.draft = draft
        receivedAt = draft.receivedAt.millisecondsSince1970
        let events = EventsJSON.encode(draft.events)
        arguments = [
            receivedAt, draft.receiver, draft.transport.rawValue, draft.peer, draft.raw, draft.token, draft.encrypted, draft.account,
            draft.receiverNumber, draft.line, draft.sequence, draft.panelTime?.millisecondsSince1970, events, draft.error, draft.reply,
            draft.transmitterID?.uuidString, draft.siteID?.uuidString, draft.dedupeKey, draft.deviceID?.uuidString,
            AttachmentsJSON.encode(draft.attachments), draft.verificationURL,
        ]
    }

    static func stored(_ row: Row) throws -> StoredSignal {
        let events: String = row["events"]
        let draft = SignalDraft(
            receivedAt: Date(millisecondsSince1970: row["received_at"]), receiver: row["receiver"],
            transport: SignalTransport(rawValue: row["transport"]) ?? .tcp, peer: row["peer"], raw: row["raw"], token: row["token"],
            encrypted: row["encrypted"], account: row["account"], receiverNumber: row["receiver_number"], line: row["line"],
            sequence: row["sequence"], panelTime: (row["panel_time"] as Int64?).map(Date.init(millisecondsSince1970:)),
            events: try VigieJSON.decoder().decode([SignalEvent].self, from: Data(events.utf8)), error: row["error"], reply: row["reply"],
            transmitterID: (row["transmitter_id"] as String?).flatMap(UUID.init(uuidString:)),
            siteID: (row["site_id"] as String?).flatMap(UUID.init(uuidString:)), dedupeKey: row["dedupe_key"],
            deviceID: (row["device_id"] as String?).flatMap(UUID.init(uuidString:)), attachments: try AttachmentsJSON.decode(row["attachments"]),
            verificationURL: row["verification_url"])
        return StoredSignal(id: row["id"], signal: draft)
    }
}
