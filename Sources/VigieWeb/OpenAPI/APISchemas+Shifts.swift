import VigieCore

/// Shifts.
extension APISchemas {
    static var shifts: [String: JSONSchema] {
        [
            "ShiftChecklist": .object(
                [
                    "stationTime": .dateTime, "receivers": .array(.ref("ReceiverStatus")), "openAlarms": .integer(minimum: 0),
                    "awaitingRestore": .integer(minimum: 0), "activeInstructions": .array(.ref("TemporaryInstruction")),
                    "lastHandOver": .ref("LogbookEntry", description: "Its details hold the last hand-over's ShiftReport."),
                    "onShift": .array(.string()), "items": .array(.string()),
                ], required: ["stationTime", "receivers", "openAlarms", "awaitingRestore", "activeInstructions", "onShift", "items"]),
            "ShiftTakeOver": .object(
                ["confirmed": .array(.string(), description: "Every item of the checklist's `items`."), "note": .string()], required: ["confirmed"]),
            "ShiftHandOver": .object(["notes": .string()], required: ["notes"]),
            "ShiftReport": .object(
                [
                    "operatorName": .string(), "from": .dateTime, "until": .dateTime,
                    "alarmsOpened": .integer(minimum: 0, description: "Alarms opened at the station during the shift."),
                    "alarmsClosed": .integer(minimum: 0, description: "Alarms the operator closed."),
                    "stepsRecorded": .integer(minimum: 0, description: "Steps the operator recorded."),
                    "handled": .array(.ref("ShiftHandledAlarm"), description: "The alarms the operator closed, in closing order."),
                    "stillOpen": .array(.ref("ShiftOpenAlarm"), description: "The alarms open at the hand-over, most urgent first."),
                    "dispatches": .array(.ref("ShiftDispatch"), description: "Guards and public services requested or on site for open alarms."),
                    "instructions": .array(.ref("ShiftInstruction"), description: "Temporary instructions in force at the hand-over."),
                    "stationFaults": .array(.ref("ShiftStationFault"), description: "The station's own problems raised or open during the shift."),
                    "written": .array(.ref("ShiftWrittenEntry"), description: "The operator's notes, calls and incidents, oldest first."),
                    "handOverNotes": .string(),
                ],
                required: [
                    "operatorName", "from", "until", "alarmsOpened", "alarmsClosed", "stepsRecorded", "handled", "stillOpen", "dispatches",
                    "instructions", "stationFaults", "written", "handOverNotes",
                ], description: "Facts only: the console writes them in its reader's language."),
            "ShiftHandledAlarm": .object(
                [
                    "alarmID": .uuid, "siteID": .uuid, "siteName": .string(), "titles": .ref("Wording"), "category": .ref("EventCategory"),
                    "receivedAt": .dateTime, "takenAt": .dateTime, "closedAt": .dateTime, "closureCode": .string(),
                    "closureLabel": .string(description: "Absent when the code was deleted since."), "closureOutcome": .ref("ClosureOutcome"),
                    "closureComment": .string(),
                ], required: ["alarmID", "titles", "category", "receivedAt", "closedAt", "closureCode"]),
            "ShiftOpenAlarm": .object(
                [
                    "alarmID": .uuid, "siteID": .uuid, "siteName": .string(), "titles": .ref("Wording"), "priority": .integer(),
                    "state": .ref("AlarmState"), "holder": .string(description: "Absent when the alarm waits in the queue."), "receivedAt": .dateTime,
                ], required: ["alarmID", "titles", "priority", "state", "receivedAt"]),
            "ShiftDispatch": .object(
                [
                    "alarmID": .uuid, "siteName": .string(), "titles": .ref("Wording"),
                    "service": .enumeration(DispatchRecord.Service.self), "milestone": .enumeration(DispatchRecord.Milestone.self),
                    "at": .dateTime, "reference": .string(),
                ], required: ["alarmID", "titles", "service", "milestone", "at"]),
            "ShiftInstruction": .object(
                [
                    "siteID": .uuid, "siteName": .string(), "text": .string(), "validUntil": .dateTime,
                    "suppressedZones": .array(.integer()),
                ], required: ["siteID", "text", "validUntil", "suppressedZones"]),
            "ShiftStationFault": .object(
                ["alarmID": .uuid, "titles": .ref("Wording"), "receivedAt": .dateTime, "state": .ref("AlarmState"), "closedAt": .dateTime],
                required: ["alarmID", "titles", "receivedAt", "state"]),
            "ShiftWrittenEntry": .object(
                ["kind": .strings(LogbookKind.manualKinds.map(\.rawValue)), "at": .dateTime, "siteName": .string(), "text": .string()],
                required: ["kind", "at", "text"]),
        ]
    }
}
