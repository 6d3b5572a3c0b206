import VigieCore

/// What tells the operator what to do and when: procedures, opening schedules, temporary instructions,
/// closure codes.
extension APISchemas {
    static var procedures: [String: JSONSchema] {
        let entities = [
            entity(
                Procedure.self, description: "The client's instructions for one event category (consignes), as ordered steps.",
                properties: [
                    "scope": .ref("ProcedureScope"),
                    "scopeID": JSONSchema.uuid.nullable().described("The customer or site it belongs to; absent for station defaults."),
                    "category": .ref("EventCategory"),
                    "eventCode": JSONSchema.string(
                        pattern: "^[A-Za-z0-9-]{1,32}$",
                        description: "Only for events of this code (AT, 102, DISK-LOW); absent for every code of the category."
                    ).nullable(),
                    "title": .requiredText(),
                    "steps": .array(.ref("ProcedureStep"), minItems: 1, maxItems: 50),
                    "priority": JSONSchema.integer(
                        0...999, description: "The priority of alarms that follow it, instead of the category's; absent keeps the category's."
                    ).nullable(),
                ], required: ["scope", "category", "title", "steps"]),
            entity(
                OpeningSchedule.self, description: "When a site is expected open; one per site.",
                properties: [
                    "siteID": .uuid,
                    "periods": .array(.ref("OpeningPeriod")),
                    "toleranceMinutes": JSONSchema.integer(0...240, description: "Minutes allowed around each opening and closing.")
                        .defaulting(15),
                    "closedDates": JSONSchema.array(
                        .string(format: "date", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                        description: "Days the site stays closed, YYYY-MM-DD in the site's time zone."
                    ).defaulting([]),
                ], required: ["siteID", "periods"]),
            entity(
                TemporaryInstruction.self, description: "A time-limited instruction for a site (consigne provisoire).",
                properties: [
                    "siteID": .uuid,
                    "text": .requiredText(maxLength: 2000),
                    "validFrom": .dateTime,
                    "validUntil": JSONSchema.dateTime.described("After validFrom, and within 366 days of it."),
                    "suppressedZones": JSONSchema.array(
                        .integer(0...9999), description: "Zone numbers whose alarms are only logged while the instruction is valid."
                    ).defaulting([]),
                    "suppressedDevices": JSONSchema.array(
                        .uuid, maxItems: 100, description: "Devices (cameras) whose events are only logged while the instruction is valid: a mute."
                    ).defaulting([]),
                    "requestedBy": .optionalText(maxLength: 120, description: "Who asked for it."),
                ], required: ["siteID", "text", "validFrom", "validUntil"]),
            entity(
                ClosureCode.self, description: "How an alarm ended (code de clôture).",
                properties: [
                    "code": JSONSchema.string(
                        pattern: closureCodePattern, description: "1 to 16 letters A to Z, digits, - or _; unique regardless of case."
                    )
                    .example("FA-USR"),
                    "label": .requiredText(maxLength: 120),
                    "outcome": .ref("ClosureOutcome"),
                    "requiresComment": JSONSchema.boolean(description: "Whether closing with it needs a comment.").defaulting(false),
                    "active": JSONSchema.boolean().defaulting(true),
                ], required: ["code", "label", "outcome"]),
        ]
        var schemas = Dictionary(uniqueKeysWithValues: entities)
        schemas["ProcedureStep"] = .object(
            [
                "kind": .ref("ProcedureStepKind"),
                "text": .optionalText(description: "Required (not blank) for instruction steps."),
                "required": .boolean(description: "A required step blocks the closure until done or skipped with a reason."),
                "publicService": JSONSchema.ref("PublicService", description: "Required for callPublicService steps, absent otherwise.")
                    .nullable(),
                "onNoAnswer": JSONSchema.ref(
                    "CallNoAnswer", description: "Call steps only: nextStep (the callback's default) or retry (calling the contacts' default)."
                ).nullable(),
                "asksCodeWord": JSONSchema.boolean(
                    description: "Callback steps only: whether the person who answers is asked the code word (default yes)."
                )
                .nullable(),
            ], required: ["kind", "required"])
        schemas["CallNoAnswer"] = .enumeration(ProcedureStep.NoAnswer.self, description: "What an unanswered call does.")
        schemas["OpeningPeriod"] = .object(
            [
                "weekday": .integer(1...7, description: "ISO weekday: 1 Monday … 7 Sunday."),
                "opens": JSONSchema.string(pattern: hourMinute, description: "HH:MM in the site's time zone.").example("08:30"),
                "closes": JSONSchema.string(pattern: hourMinute, description: "After opens; a period does not cross midnight.").example("19:30"),
            ], required: ["weekday", "opens", "closes"])
        return schemas
    }

    /// Letters and digits of any script, `-` and `_`: written as "no space and no other ASCII punctuation"
    /// because `\p{L}` is not understood by every validator (Python's `re` among them).
    /// `ClosureCode.validate`: what an operator types quickly, the same on every keyboard.
    private static let closureCodePattern = "^[A-Za-z0-9_-]{1,16}$"

    /// 00:00 to 24:00, as `OpeningSchedule.minutes` accepts.
    private static let hourMinute = "^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
}
