import VigieCore

/// Routes the browser console needs beyond the engine's: dispatch follow-up and the transfer directory.
extension APIOperations {
    static let console: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .post, path: "/api/v1/alarms/{id}/dispatch", operationID: "recordDispatch", summary: "Record a dispatch milestone",
            description: """
                A guard, the police, the fire brigade or an ambulance `requested`, `onSite` or `left`, with its reference. \
                Only the holder may; `requested` moves the alarm to `dispatched`. Each milestone is an `alarm.dispatch` \
                logbook entry whose details are the request: the dispatch board is read back from the alarm's logbook.
                """,
            tag: "Alarms", access: .session(.operator), parameters: [.id(of: "alarm")], requestSchema: "DispatchRequest", response: .ok("Alarm"),
            specificErrors: [.conflict, .unprocessableContent]),
        OpenAPIOperation(
            method: .post, path: "/api/v1/alarms/close", operationID: "closeAlarmsInBulk", summary: "Close technical alarms in bulk",
            description: """
                A supervisor's closure during a storm (story 9): each technical or supervision alarm listed is closed with                 the code, its required steps still pending skipped with the comment as reason, each in its own transaction                 and logbook entries. Other categories are refused (handled one at a time), and reported with the reason.
                """,
            tag: "Alarms", access: .session(.supervisor), requestSchema: "BulkClosure", response: .ok("BulkClosureReport"),
            specificErrors: [.unprocessableContent]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/operators", operationID: "listOperators", summary: "Colleagues to transfer an alarm to",
            description: "The active operators and supervisors on shift (the only ones a transfer accepts), by display name.",
            tag: "Alarms", access: .session(.operator), response: .ok("OperatorList")),
    ]
}

/// Bodies of the console's routes.
extension APISchemas {
    static var console: [String: JSONSchema] {
        [
            "DispatchRequest": .object(
                [
                    "service": .strings(DispatchRecord.Service.allCases.map(\.rawValue)),
                    "milestone": .strings(DispatchRecord.Milestone.allCases.map(\.rawValue)),
                    "reference": .string(description: "The guard company's or public service's reference."), "note": .string(),
                ], required: ["service", "milestone"], description: "One milestone of a dispatch."),
            "OperatorList": .array(
                .object(
                    ["id": .uuid, "username": .string(), "displayName": .string(), "role": .ref("Role")],
                    required: ["id", "username", "displayName", "role"]),
                description: "Active users on shift."),
            "BulkClosure": .object(
                [
                    "ids": .array(.uuid, minItems: 1, maxItems: AlarmStepController.maximumBulk, description: "The alarms, at most 1,000."),
                    "closureCode": .string(description: "An active closure code."),
                    "comment": .string(description: "Why they are closed together; also the reason of every step left pending."),
                ], required: ["ids", "closureCode", "comment"], description: "A supervisor's closure of technical alarms in bulk."),
            "BulkClosureReport": .object(
                [
                    "closed": .array(.uuid),
                    "refused": .array(
                        .object(
                            [
                                "id": .uuid, "title": .string(), "titles": .ref("Wording"), "reason": .string(),
                                "key": .string(description: "The reason as a message key (`reason.<key>` in the console's catalogues)."),
                                "parameters": .ref("ReasonParameters"),
                            ], required: ["id", "reason"])),
                ], required: ["closed", "refused"], description: "What was closed, and why the others were not."),
        ]
    }
}
