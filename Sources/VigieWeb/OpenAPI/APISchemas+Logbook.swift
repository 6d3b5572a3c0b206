import VigieCore

/// The logbook, the operator actions, errors and health.
extension APISchemas {
    static var logbook: [String: JSONSchema] {
        [
            "LogbookEntry": .object(
                [
                    "sequence": .integer(minimum: 1, format: "int64", description: "1, 2, 3… with no gap."),
                    "at": .dateTime,
                    "kind": JSONSchema.string(description: "What the entry records; open-ended (config.created, session.login, manual.note…).")
                        .example("manual.note"),
                    "authorID": JSONSchema.uuid.described("Absent for the station itself."),
                    "authorName": .string(),
                    "siteID": .uuid,
                    "alarmID": .uuid,
                    "summary": .string(),
                    "details": .string(description: "Machine-readable details as canonical JSON (sorted keys), hashed as stored."),
                    "previousHash": sha256.described("The hash of the previous entry; 64 zeros for the first."),
                    "hash": sha256.described("SHA-256 over previousHash and this entry's canonical form."),
                ], required: ["sequence", "at", "kind", "authorName", "summary", "details", "previousHash", "hash"],
                description: "One line of the main courante: append-only and hash-chained."),
            "ManualEntry": .object(
                [
                    "kind": .strings(LogbookKind.manualKinds.map(\.rawValue)),
                    "text": .requiredText(maxLength: 4000),
                    "siteID": JSONSchema.uuid.nullable(),
                ], required: ["kind", "text"]),
            "LogbookVerification": .object(
                [
                    "entriesChecked": .integer(minimum: 0, format: "int64"),
                    "firstBreak": JSONSchema.ref("LogbookBreak", description: "Absent when the chain holds."),
                ], required: ["entriesChecked"]),
            "LogbookBreak": .object(
                ["sequence": .integer(format: "int64"), "reason": .string()], required: ["sequence", "reason"]),
        ]
    }

    static var common: [String: JSONSchema] {
        [
            "ModeChange": .object(
                [
                    "state": .ref("SiteModeState", description: "outOfService needs the supervisor role."),
                    "minutes": JSONSchema.integer(1...1440, description: "For test: how long…").nullable(),
                    "until": JSONSchema.dateTime.nullable().described("…or until when (in the future)."),
                ], required: ["state"]),
            "WordCheck": .object(["word": .string(description: "As heard; case, accents and surrounding spaces do not count.")], required: ["word"]),
            "WordCheckResult": .object(["result": .ref("CodeWordCheck")], required: ["result"]),
            "Error": .object(
                [
                    "error": JSONSchema.string(
                        description:
                            "A stable code: validation, badRequest, notFound, methodNotAllowed, duplicate, conflict, unauthenticated, forbidden, csrf, "
                            + "locked."
                    ).example("validation"),
                    "message": .string(description: "In English words, for a person."),
                    "key": .string(description: "The message as a key a console renders in its language (`reason.<key>`), when it has one."),
                    "parameters": .ref("ReasonParameters"),
                    "fields": .array(.ref("FieldError"), description: "The fields that were wrong, when any."),
                ], required: ["error", "message"], description: "Every refusal; nothing was written."),
            "ReasonParameters": .object(
                [:], description: "The values a reason's sentence quotes (limits, what was typed), each a string, by name."),
            "FieldError": .object(
                [
                    "field": JSONSchema.string(description: "The field's path in the body, dotted and indexed.").example("steps[2].text"),
                    "reason": .string(description: "In English."),
                    "key": .string(description: "The reason as a key a console renders in its language (`reason.<key>`), when it has one."),
                    "parameters": .ref("ReasonParameters"),
                ], required: ["field", "reason"]),
            "Health": .object(
                [
                    "status": .strings(["ok", "degraded"]), "store": .strings(["ok", "unavailable"]),
                    "checks": .array(.ref("HealthCheck"), description: "Every check made: store, ingest, each receiver, the work lease."),
                    "problems": .array(.string(), description: "The failed checks' reasons, for a person on call."),
                ], required: ["status", "store", "checks", "problems"]),
            "HealthCheck": .object(
                [
                    "name": .string().example("ingest"), "ok": .boolean(),
                    "detail": JSONSchema.string(description: "\"ok\", or why not.").example("signals cannot be stored: database or disk is full"),
                ], required: ["name", "ok", "detail"]),
        ]
    }

    private static let sha256 = JSONSchema.string(pattern: "^[0-9a-f]{64}$")
}
