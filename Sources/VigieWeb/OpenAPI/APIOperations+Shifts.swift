import VigieCore

/// Shift take-over and hand-over.
extension APIOperations {
    static let shifts: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .get, path: "/api/v1/shifts/takeover", operationID: "takeOverChecklist", summary: "Take-over checklist",
            description: "Receivers, station clock, open alarms, active temporary instructions, the last hand-over notes, who is on shift.",
            tag: "Shifts", access: .session(.operator), response: .ok("ShiftChecklist")),
        OpenAPIOperation(
            method: .post, path: "/api/v1/shifts/takeover", operationID: "takeOver", summary: "Take over the shift",
            description: "Every checklist item must be confirmed; the take-over is written to the logbook with the checklist.",
            tag: "Shifts", access: .session(.operator), requestSchema: "ShiftTakeOver", response: .created("LogbookEntry", location: false),
            specificErrors: [.unprocessableContent]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/shifts/handover", operationID: "handOver", summary: "Hand over the shift",
            description: "Generates the shift report from the logbook since the caller's take-over, with their notes; 409 if not on shift.",
            tag: "Shifts", access: .session(.operator), requestSchema: "ShiftHandOver", response: .created("ShiftReport", location: false),
            specificErrors: [.conflict]),
    ]
}
