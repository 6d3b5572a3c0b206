import VigieCore

/// Shifts.
extension APISchemas {
    static var shifts: [String: JSONSchema] {
        [
            "ShiftChecklist": .object(
                [
                    "stationTime": .dateTime, "receivers": .array(.ref("ReceiverStatus")), "openAlarms": .integer(minimum: 0),
                    "awaitingRestore": .integer(minimum: 0), "activeInstructions": .array(.ref("TemporaryInstruction")),
                    "lastHandOver": .ref("LogbookEntry"), "onShift": .array(.string()), "items": .array(.string()),
                ], required: ["stationTime", "receivers", "openAlarms", "awaitingRestore", "activeInstructions", "onShift", "items"]),
            "ShiftTakeOver": .object(
                ["confirmed": .array(.string(), description: "Every item of the checklist's `items`."), "note": .string()], required: ["confirmed"]),
            "ShiftHandOver": .object(["notes": .string()], required: ["notes"]),
            "ShiftReport": .object(
                [
                    "operatorName": .string(), "from": .dateTime, "until": .dateTime, "alarmsOpened": .integer(minimum: 0),
                    "alarmsClosed": .integer(minimum: 0), "stepsRecorded": .integer(minimum: 0),
                    "entriesByKind": JSONSchema.object([:], description: "Entries per logbook kind."), "notes": .array(.string()),
                    "handOverNotes": .string(),
                ],
                required: [
                    "operatorName", "from", "until", "alarmsOpened", "alarmsClosed", "stepsRecorded", "entriesByKind", "notes", "handOverNotes",
                ]),
        ]
    }
}
