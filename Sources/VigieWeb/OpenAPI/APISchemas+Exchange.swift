import VigieCore

/// The bodies of the CSV import.
extension APISchemas {
    static var exchange: [String: JSONSchema] {
        [
            "ImportRequest": .object(
                [
                    "files": .array(
                        .ref("ImportFile"), minItems: 1, description: "Every file of the import; they are written together or not at all."),
                    "dryRun": JSONSchema.boolean(description: "Check only; write nothing.").nullable(),
                ], required: ["files"]),
            "ImportFile": .object(
                [
                    "name": JSONSchema.string(
                        description:
                            "Says what the file holds: customers.csv (clients.csv), sites.csv, transmitters.csv (transmetteurs.csv), zones.csv, contacts.csv, devices.csv (cameras.csv)."
                    )
                    .example("sites.csv"),
                    "text": .string(description: "The file's content, comma- or semicolon-separated."),
                ], required: ["name", "text"]),
            "ImportReport": .object(
                [
                    "dryRun": .boolean(),
                    "written": .boolean(description: "True only when every line was written."),
                    "counts": .ref("ImportCounts"),
                    "problems": .array(.ref("ImportProblem")),
                ], required: ["dryRun", "written", "counts", "problems"]),
            "ImportCounts": .object(
                ["created": .integer(minimum: 0), "updated": .integer(minimum: 0), "unchanged": .integer(minimum: 0)],
                required: ["created", "updated", "unchanged"]),
            "ImportProblem": .object(
                [
                    "file": .string(),
                    "line": JSONSchema.integer(minimum: 1).described("The file's line (the header is 1); absent for the whole file."),
                    "column": JSONSchema.string(description: "The column at fault, by its header."),
                    "reason": .string(description: "In English."),
                    "key": .string(description: "The reason as a key a console renders in its language (`reason.<key>`), when it has one."),
                    "parameters": .ref("ReasonParameters"),
                ], required: ["file", "reason"]),
        ]
    }
}
