import VigieCore

/// Alarms and their handling.
extension APISchemas {
    static var alarms: [String: JSONSchema] {
        let actor = JSONSchema.object(
            ["userID": .uuid, "name": .string(), "role": .ref("Role")], required: ["name", "role"], description: "Who holds or acted on the alarm.")
        return [
            "Wording": .object(
                ["en": .string(), "fr": .string()], required: ["en", "fr"],
                description: "A text a person reads, in each language the console speaks."),
            "AlarmState": .enumeration(AlarmState.self, description: "new → taken → inProgress → dispatched → awaitingRestore → closed."),
            "AlarmLifecycle": .object(
                [
                    "state": .ref("AlarmState"), "holder": actor, "firstTakenAt": .dateTime, "escalatedAt": .dateTime, "closedAt": .dateTime,
                    "closureCode": .string(), "closureComment": .string(), "lastActivityAt": .dateTime,
                ], required: ["state"]),
            "Alarm": .object(
                [
                    "id": .uuid, "siteID": .uuid, "category": .ref("EventCategory"), "priority": .integer(description: "Higher first in the queue."),
                    "title": .string(description: "In English, as the logbook's stored sentences say it."),
                    "titles": .ref("Wording", description: "The title in each language; absent on alarms stored before it was kept."),
                    "confirmed": .boolean(description: "A confirmed intrusion (two zones within the window)."),
                    "createdAt": .dateTime, "lastEventAt": .dateTime, "eventCount": .integer(minimum: 1),
                    "zonesInAlarm": .array(.integer(), description: "Zones in alarm or fault, not restored yet."),
                    "lifecycle": .ref("AlarmLifecycle"),
                    "grouping": .string(
                        description:
                            "Which new signals join it while open: `site:<id>` (intrusion, life safety, openings), `site:<id>:technical`, "
                            + "`station:<problem>`, `link:<transmitter>`, `account:<account>` or `unknown:<receiver>`."),
                    "takenOverAt": JSONSchema.dateTime.described(
                        "When it was last aggravated (a fire joining a burglary, a confirmation): its age and escalation count from then."),
                    "code": JSONSchema.string().described("The code of its first event, or of the one that aggravated it."),
                    "account": JSONSchema.string().described("The account of the transmitter of its first event."),
                    "codes": JSONSchema.array(.string(), description: "The distinct codes of its events, at most 16, in arrival order."),
                    "parking": .ref("Parking"),
                    "returnedAt": JSONSchema.dateTime.described("When it last came back from parking."),
                    "guardRequestedAt": JSONSchema.dateTime.described("When the guard company was first asked to go."),
                    "steps": .array(.ref("StepRecord"), description: "The procedure being followed, copied when the alarm opened."),
                ],
                required: [
                    "id", "category", "priority", "title", "confirmed", "createdAt", "lastEventAt", "eventCount", "zonesInAlarm", "lifecycle",
                ],
                description: "The operator's work item: one site's events grouped and handled to closure."),
            "AlarmTransfer": .object(["userID": .uuid], required: ["userID"]),
            "AlarmParking": .object(
                [
                    "onSite": .requiredText(maxLength: 200, description: "Who stays on site (the guard, the client)."),
                    "note": .optionalText(maxLength: 500),
                    "reminderMinutes": .integer(1...1440, description: "The alarm comes back by itself after this long."),
                ], required: ["onSite", "reminderMinutes"]),
            "Parking": .object(
                [
                    "onSite": .string(), "note": .string(), "reminderMinutes": .integer(), "since": .dateTime, "by": .string(),
                    "endedAt": .dateTime, "end": .strings(VigieCore.Parking.End.allCases.map(\.rawValue)),
                ], required: ["onSite", "reminderMinutes", "since", "by"], description: "A wait for the restore with someone on site."),
            "AlarmContext": .object(
                [
                    "alarm": .ref("Alarm"), "site": .ref("Site"), "zones": .array(.ref("Zone")), "contacts": .array(.ref("Contact")),
                    "activeInstructions": .array(.ref("TemporaryInstruction")), "recentAlarms": .array(.ref("Alarm")),
                    "devices": .array(.ref("AlarmContextDevice"), description: "The site's cameras, without address or credentials."),
                    "liveUntil": JSONSchema.dateTime.described("Until when the cameras with a stream may be watched live; absent when they may not."),
                ], required: ["alarm", "zones", "contacts", "activeInstructions", "recentAlarms", "devices"]),
            "AlarmContextDevice": .object(
                [
                    "id": .uuid, "name": .string(), "kind": .strings(Device.Kind.allCases.map(\.rawValue)),
                    "zones": .array(.integer(), description: "The zones it looks at."),
                    "live": .boolean(description: "Whether it has a stream to watch live."),
                    "presets": .array(.ref("DevicePreset")),
                ], required: ["id", "name", "kind", "zones", "live", "presets"]),
            "StepOutcome": .object(
                [
                    "call": .strings(StepOutcome.CallResult.allCases.map(\.rawValue)), "contactID": .uuid,
                    "called": .string(maxLength: 200, description: "Who was called and at which number, in words."),
                    "codeWord": .ref("CodeWordCheck"), "verification": .strings(StepOutcome.Verification.allCases.map(\.rawValue)),
                    "reference": .string(description: "Intervention or public-service reference."), "note": .string(),
                    "restored": .boolean(description: "The site restored (no zone left in alarm): recorded by the station."),
                    "mediaSeen": .array(
                        .ref("MediaLogItem"), description: "The alarm's media on screen when a video verification was concluded (set by the station)."
                    ).readOnly(),
                ], description: "What the operator recorded at a step."),
            "StepRecord": .object(
                [
                    "step": .ref("ProcedureStep"), "procedureTitle": .string(), "outcome": .ref("StepOutcome"),
                    "attempts": .array(.ref("StepOutcome"), description: "Calls that reached nobody; the step stays open until someone answers."),
                    "skippedReason": .string(),
                    "by": .string(), "at": .dateTime,
                ], required: ["step", "procedureTitle"]),
            "StepRequest": .object(
                [
                    "outcome": .ref("StepOutcome"), "skippedReason": .string(description: "Required when there is no outcome."),
                    "mediaSeen": .array(.uuid, description: "Ids of the alarm's images and clips on screen when concluding a video verification."),
                ],
                description: "Either an outcome, or a reason to skip the step."),
            "AlarmClosure": .object(["closureCode": .string(), "comment": .string()], required: ["closureCode"]),
        ]
    }
}
