import VigieCore

/// Images and clips.
extension APISchemas {
    static var media: [String: JSONSchema] {
        [
            "MediumKind": .enumeration(MediumKind.self),
            "MediumOrigin": .enumeration(MediumOrigin.self, description: "How it reached the station: with the device's alarm, or fetched."),
            "MediumAttachment": .object(
                [
                    "id": .uuid, "kind": .ref("MediumKind"), "contentType": .string(), "fileName": .string(),
                    "sha256": .string(description: "Lower-case hex SHA-256 of the bytes."), "size": .integer(minimum: 0),
                    "deviceName": .string(description: "The camera's name when it arrived."),
                ], required: ["id", "kind", "contentType", "sha256", "size"], description: "An image or clip that came with a signal."),
            "Medium": .object(
                [
                    "id": .uuid, "kind": .ref("MediumKind"), "origin": .ref("MediumOrigin"), "contentType": .string(), "fileName": .string(),
                    "sha256": .string(description: "Lower-case hex SHA-256 of the bytes, as the logbook recorded it."),
                    "size": .integer(minimum: 0), "signalID": .integer(minimum: 1, format: "int64"), "alarmID": .uuid, "siteID": .uuid,
                    "deviceID": .uuid, "deviceName": .string(description: "The camera's name when it arrived."),
                    "capturedAt": .dateTime.described("When the device took it, when it says so."), "receivedAt": .dateTime,
                    "purgedAt": .dateTime.described("When retention removed the file; the record stays."),
                ], required: ["id", "kind", "origin", "contentType", "sha256", "size", "receivedAt"],
                description: "An image or a clip kept as evidence of an alarm."),
            "MediumList": .array(.ref("Medium")),
            "MediaLogItem": .object(
                [
                    "id": .uuid, "kind": .ref("MediumKind"), "camera": .string(), "sha256": .string(), "size": .integer(minimum: 0),
                ], required: ["id", "kind", "sha256", "size"], description: "A medium as the logbook records it."),
        ]
    }
}
