import VigieCore

/// Every schema of `components.schemas`, by name.
///
/// Entities mirror their `Codable` Swift types in VigieCore (synthesised coding: JSON keys are the property
/// names); request and response bodies mirror the structs of the controllers. The rules of each
/// `validate()` are repeated where JSON Schema can say them, so that a form can check before sending.
enum APISchemas {
    static let all: [String: JSONSchema] = {
        let parts = [enumerations, configuration, procedures, accounts, logbook, signals, media, alarms, console, shifts, exchange, common, pages]
        return parts.reduce(into: [:]) { all, part in all.merge(part) { _, _ in preconditionFailure("two schemas share a name") } }
    }()

    /// The schemas whose lists are paged, each getting a `<name>Page` wrapper.
    static let pagedSchemas = ConfigResource.all.map(\.schemaName) + ["User", "LogbookEntry", "Signal", "Alarm"]

    static func pageName(of schema: String) -> String { schema + "Page" }

    /// Swift enums, named so that every property that uses one refers to the same list.
    static let enumerations: [String: JSONSchema] = [
        "EventCategory": .enumeration(EventCategory.self, description: "The category of an event; it chooses the procedure."),
        "ZoneType": .enumeration(Zone.ZoneType.self, description: "What a zone detects."),
        "ProcedureStepKind": .enumeration(ProcedureStep.Kind.self, description: "What the operator does at a step."),
        "PublicService": .enumeration(PublicService.self, description: "police 17, fire 18, ambulance 15, emergency112 112."),
        "CustomerKind": .enumeration(Customer.Kind.self),
        "RiskLevel": .enumeration(Site.RiskLevel.self, description: "How sensitive a site is; it raises alarm priorities."),
        "WireProtocol": .enumeration(Transmitter.WireProtocol.self),
        "DeviceKind": .enumeration(Device.Kind.self, description: "A camera, one channel of a recorder, or an encoder."),
        "DeviceDriver": .enumeration(Device.Driver.self, description: "How the station talks to the device."),
        "KeyFormat": .enumeration(Transmitter.KeyFormat.self, description: "How `aesKey` is written: hexadecimal digits or ASCII."),
        "ClosureOutcome": .enumeration(ClosureCode.Outcome.self),
        "Role": .enumeration(Role.self, description: "operator < supervisor < admin; each includes the rights of the ones before."),
        "CodeWordCheck": .enumeration(CodeWordCheck.self, description: "`duress` means the caller is under threat."),
        "ProcedureScope": .enumeration(Procedure.Scope.self, description: "station defaults, overridden by customer, overridden by site."),
        "SiteModeState": .strings(["normal", "test", "outOfService"]),
    ]

    /// `{items, total, offset, limit}` for each paged schema.
    static var pages: [String: JSONSchema] {
        Dictionary(
            uniqueKeysWithValues: pagedSchemas.map { name in
                let page = JSONSchema.object(
                    [
                        "items": .array(.ref(name)),
                        "total": .integer(minimum: 0, description: "How many items match, across all pages."),
                        "offset": .integer(minimum: 0),
                        "limit": .integer(1...(name == "Alarm" ? AlarmQuery.maximumLimit : ListQuery.maximumLimit)),
                    ], required: ["items", "total", "offset", "limit"], description: "One page of \(name) items.")
                return (pageName(of: name), page)
            })
    }

    /// A configuration entity: its own fields plus what the store adds (`version`, times, `withheld`).
    ///
    /// `required` lists what a request must send: `id` and the fields that `EntityDefaults` fills are optional,
    /// and `null` for one of them reads as leaving it out (hence nullable). Responses always carry every
    /// non-optional field. Secrets are marked from the type's `secretFieldNames`.
    static func entity<Entity: ConfigEntity>(
        _ type: Entity.Type, description: String, properties: KeyValuePairs<String, JSONSchema>, required: [String]
    ) -> (String, JSONSchema) {
        var all = properties.reduce(into: [String: JSONSchema]()) { all, property in
            let schema = required.contains(property.key) ? property.value : property.value.nullable()
            all[property.key] = Entity.secretFieldNames.contains(property.key) ? schema.secret() : schema
        }
        all["id"] = JSONSchema.uuid.described(
            "Made by the server on create unless given; on PUT, the path's (a different one in the body is refused with 400)."
        ).readOnly()
        all["version"] = JSONSchema.integer(
            1...Int.max, format: "int64",
            description: "Incremented on every change. Send the version you read with a PUT: if the entity changed since, the answer is 409."
        ).nullable()
        all["createdAt"] = JSONSchema.dateTime.readOnly()
        all["updatedAt"] = JSONSchema.dateTime.readOnly()
        let secrets = Entity.secretFieldNames
        all["withheld"] = JSONSchema.array(
            secrets.isEmpty ? .string() : .strings(secrets), maxItems: secrets.count,
            description: "The secrets that are set but not shown to this caller."
        ).readOnly()
        var schema = JSONSchema(.object(properties: all, required: required), description: description)
        schema.propertyOrder = properties.map(\.key)
        return (String(describing: type), schema)
    }
}
