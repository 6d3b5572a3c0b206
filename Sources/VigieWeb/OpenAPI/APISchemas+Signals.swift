import VigieCore

/// Received signals and receivers.
extension APISchemas {
    static var signals: [String: JSONSchema] {
        [
            "EventQualifier": .enumeration(EventQualifier.self, description: "alarm (new event), restore (end of condition) or status."),
            "SignalTransport": .enumeration(SignalTransport.self),
            "DemoTraffic": .object(
                ["paused": .boolean(description: "The simulated panels send only polls, tests, openings and closings.")], required: ["paused"]),
            "SignalEvent": .object(
                [
                    "code": .string(description: "As sent: `BA`, `E130`…"), "qualifier": .ref("EventQualifier"), "category": .ref("EventCategory"),
                    "zone": .integer(), "partition": .integer(), "user": .integer(), "description": .string(),
                    "frenchDescription": .string(description: "The same meaning in French; absent on events stored before it was kept."),
                    "text": .string(),
                ], required: ["code", "qualifier", "category", "description"]),
            "Signal": .object(
                [
                    "id": .integer(minimum: 1, format: "int64"), "receivedAt": .dateTime, "receiver": .string(), "transport": .ref("SignalTransport"),
                    "peer": .string(description: "host:port of the sender."),
                    "raw": .string(description: "The frame as received; control and non-ASCII bytes written \\xNN."),
                    "token": .string(), "encrypted": .boolean(), "account": .string(), "receiverNumber": .string(), "line": .string(),
                    "sequence": .string(), "panelTime": .dateTime, "events": .array(.ref("SignalEvent")),
                    "error": .string(description: "Why the frame was refused (badCRC, cannotDecrypt, timestampOutsideWindow…)."),
                    "reply": .string(description: "ACK, NAK or DUH."), "transmitterID": .uuid, "siteID": .uuid,
                    "dedupeKey": .string(description: "Identifies retransmissions."),
                    "deviceID": .uuid.described("The camera or recorder that sent it (an alarm e-mail)."),
                    "attachments": .array(.ref("MediumAttachment")),
                ], required: ["id", "receivedAt", "receiver", "transport", "peer", "raw", "encrypted", "events", "attachments"],
                description: "One received frame, decoded or refused."),
            "ReceiverStatus": .object(
                [
                    "name": .string(), "kind": .string(), "listening": .string(), "up": .boolean(), "connections": .integer(minimum: 0),
                    "frames": .integer(minimum: 0), "lastFrameAt": .dateTime,
                    "dropped": .integer(minimum: 0, description: "Datagrams dropped unanswered during a UDP flood."),
                    "refusedNotStored": .integer(
                        minimum: 0, description: "Refused frames answered (NAK) but not stored, beyond the sample kept per source and minute."),
                    "connectionsShed": .integer(
                        minimum: 0, description: "TCP connections closed to protect the receiver (too many from one address, silent, garbage)."),
                ], required: ["name", "kind", "up", "connections", "frames"]),
            "ReceiverStatusList": .array(.ref("ReceiverStatus")),
        ]
    }
}
