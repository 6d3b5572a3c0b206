import Foundation
import Testing
import VigieCore

#if canImport(VigieWeb)
@testable import VigieWeb
#else
@testable import OpenAPIOnly
#endif

/// The served OpenAPI document is well formed, and its schemas say what the Swift types really encode.
@Suite struct OpenAPISchemaTests {
    /// The document exactly as served, parsed back.
    let document: JSONValue
    let schemas: [String: JSONValue]

    /// Parsed once: every test and every sample reads the same tree.
    private static let parsed = Result { try JSONDecoder().decode(JSONValue.self, from: Data(OpenAPIDocument.json)) }

    init() throws {
        document = try Self.parsed.get()
        schemas = document["components"]?["schemas"]?.object ?? [:]
    }

    @Test func documentIsOpenAPI31() throws {
        #expect(document["openapi"] == "3.1.0")
        #expect(document["info"]?["title"] == "Vigie API")
        let operations = try #require(document["paths"]?.object).flatMap { path, item in
            (item.object ?? [:]).map { method, operation in (method.uppercased() + " " + path, operation) }
        }
        #expect(operations.count == APIOperations.all.count)
        #expect(Set(operations.map(\.0)) == Set(OpenAPIDocument.operations.map { "\($0.method) \($0.path)" }))
        let ids = operations.compactMap { $0.1["operationId"]?.string }
        #expect(ids.count == operations.count && Set(ids).count == ids.count, "operationId missing or repeated")
        for (name, operation) in operations {
            let isPublic = operation["security"] == []
            #expect(isPublic == (operation["x-vigie-role"] == nil), "\(name): security and x-vigie-role disagree")
            if let role = operation["x-vigie-role"]?.string { #expect(Role(rawValue: role) != nil, "\(name)") }
        }
    }

    @Test func everyReferenceResolves() {
        var references: [String] = []
        Self.collectReferences(in: document, into: &references)
        #expect(!references.isEmpty)
        for reference in Set(references) {
            let parts = reference.split(separator: "/").map(String.init)
            #expect(parts.count == 4 && parts[0] == "#" && parts[1] == "components", "\(reference)")
            if parts.count == 4 { #expect(document["components"]?[parts[2]]?[parts[3]] != nil, "\(reference) resolves to nothing") }
        }
    }

    @Test func pathParametersAreDeclared() {
        for (path, item) in document["paths"]?.object ?? [:] {
            let inPath = Set(path.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) })
            for (method, operation) in item.object ?? [:] {
                let declared = (operation["parameters"]?.array ?? []).filter { $0["in"] == "path" }
                #expect(Set(declared.compactMap { $0["name"]?.string }) == inPath, "\(method) \(path)")
                #expect(declared.allSatisfy { $0["required"] == true }, "\(method) \(path): path parameters are required")
            }
        }
        #expect(APIOperations.all.allSatisfy { !$0.routerPath.contains("{") })
        #expect(APIOperations.all.first { $0.path == "/api/v1/sites/{id}/mode" }?.routerPath == "/api/v1/sites/:id/mode")
    }

    @Test func everyBodyHasASchema() {
        let bodies = [
            "Customer", "Site", "PostalAddress", "SiteMode", "Transmitter", "SupervisionProfile", "Zone", "Contact", "ContactPhone",
            "Procedure", "ProcedureStep", "OpeningSchedule", "OpeningPeriod", "TemporaryInstruction", "ClosureCode", "User", "NewUser",
            "CreatedUser", "Credentials", "SessionInfo", "PasswordChange", "PasswordReset", "LogbookEntry", "ManualEntry",
            "LogbookVerification", "ModeChange", "WordCheck", "WordCheckResult", "Error", "FieldError", "Health", "Signal", "SignalEvent", "Alarm",
            "AlarmTransfer", "AlarmClosure", "StepRequest", "ShiftChecklist", "ShiftReport", "AlarmContext", "AlarmParking", "Parking",
            "DemoTraffic",
            "ReceiverStatus", "Device", "DevicePreset", "ImportRequest", "ImportFile", "ImportReport", "ImportCounts", "ImportProblem",
        ]
        let pages = APISchemas.pagedSchemas.map(APISchemas.pageName(of:))
        #expect(pages.count == 15)
        for name in bodies + pages { #expect(schemas[name] != nil, "\(name)") }
        #expect(Set(schemas.keys) == Set(OpenAPIDocument.schemas.keys))
    }

    @Test func enumSchemasListTheSwiftCases() {
        let expected: [String: [String]] = [
            "EventCategory": EventCategory.allCases.map(\.rawValue), "ZoneType": Zone.ZoneType.allCases.map(\.rawValue),
            "ProcedureStepKind": ProcedureStep.Kind.allCases.map(\.rawValue), "PublicService": PublicService.allCases.map(\.rawValue),
            "CustomerKind": Customer.Kind.allCases.map(\.rawValue), "RiskLevel": Site.RiskLevel.allCases.map(\.rawValue),
            "WireProtocol": Transmitter.WireProtocol.allCases.map(\.rawValue), "KeyFormat": Transmitter.KeyFormat.allCases.map(\.rawValue),
            "ClosureOutcome": ClosureCode.Outcome.allCases.map(\.rawValue), "Role": Role.allCases.map(\.rawValue),
            "CodeWordCheck": CodeWordCheck.allCases.map(\.rawValue), "ProcedureScope": Procedure.Scope.allCases.map(\.rawValue),
            "CallNoAnswer": ProcedureStep.NoAnswer.allCases.map(\.rawValue),
            "DeviceKind": Device.Kind.allCases.map(\.rawValue), "DeviceDriver": Device.Driver.allCases.map(\.rawValue),
        ]
        for (name, cases) in expected {
            #expect(schemas[name]?["enum"]?.array?.compactMap(\.string) == cases, "\(name)")
        }
        #expect(schemas["ManualEntry"]?["properties"]?["kind"]?["enum"] == .strings(LogbookKind.manualKinds.map(\.rawValue)))
    }

    /// Every key a fully populated value encodes is declared, every required key is there, and every value
    /// keeps its schema's type, enum, pattern, lengths and bounds, recursively.
    @Test(arguments: Samples.all) func samplesMatchTheirSchemas(sample: Samples.Sample) throws {
        let data = try VigieJSON.encoder().encode(sample.value)
        var json = try JSONDecoder().decode(JSONValue.self, from: data)
        if let secrets = sample.entityResponseSecrets, case .object(var members) = json {
            members["version"] = 3
            members["createdAt"] = "2026-11-23T21:04:05.123Z"
            members["updatedAt"] = "2026-11-23T21:04:05.123Z"
            members["withheld"] = .strings(secrets)
            json = .object(members)
        }
        let problems = validate(json, against: ["$ref": .string("#/components/schemas/" + sample.schema)], at: sample.schema)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test func configurationEntitiesAreAllSampled() {
        let sampled = Set(Samples.all.filter { $0.entityResponseSecrets != nil }.map(\.schema))
        #expect(sampled == Set(ConfigResource.all.map(\.schemaName)))
        #expect(Set(ConfigResource.all.map(\.pathSegment)) == Set(EntityKind.allCases.map(\.rawValue)))
    }

    /// The fields the API fills when a request leaves them out are optional in the schema, with that default.
    @Test(arguments: ConfigResource.all.map(\.schemaName))
    func defaultedFieldsAreOptionalWithTheirDefault(schemaName: String) throws {
        let resource = try #require(ConfigResource.all.first { $0.schemaName == schemaName })
        let kind = try #require(EntityKind(rawValue: resource.pathSegment))
        let schema = try #require(schemas[schemaName])
        let required = Set(schema["required"]?.array?.compactMap(\.string) ?? [])
        for (field, value) in EntityDefaults.values(for: kind) {
            #expect(!required.contains(field), "\(schemaName).\(field) is filled by the API, so a request need not send it")
            let expected = try JSONDecoder().decode(JSONValue.self, from: JSONSerialization.data(withJSONObject: value, options: .fragmentsAllowed))
            #expect(schema["properties"]?[field]?["default"] == expected, "\(schemaName).\(field) documents the default the API fills")
        }
    }

    private func validate(_ value: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        if let reference = schema["$ref"]?.string {
            guard let target = schemas[String(reference.dropFirst(JSONSchema.refPrefix.count))] else { return ["\(path): \(reference) missing"] }
            return validate(value, against: target, at: path)
        }
        if let choices = schema["oneOf"]?.array {
            let results = choices.map { validate(value, against: $0, at: path) }
            return results.filter(\.isEmpty).count == 1 ? [] : ["\(path): matches \(results.filter(\.isEmpty).count) of oneOf"] + results.joined()
        }
        var problems: [String] = []
        let types = schema["type"].map { $0.array?.compactMap(\.string) ?? [$0.string ?? ""] } ?? []
        if !types.isEmpty, !types.contains(where: value.isOfType) { problems.append("\(path): \(value) is not \(types)") }
        if let allowed = schema["enum"]?.array, !allowed.contains(value) { problems.append("\(path): \(value) is not in \(allowed)") }
        switch value {
        case .string(let text):
            if let pattern = schema["pattern"]?.string, text.range(of: pattern, options: .regularExpression) == nil {
                problems.append("\(path): \(text) does not match \(pattern)")
            }
            if let min = schema["minLength"]?.int, text.count < min { problems.append("\(path): shorter than \(min)") }
            if let max = schema["maxLength"]?.int, text.count > max { problems.append("\(path): longer than \(max)") }
        case .integer, .number:
            let number = value.double ?? 0
            if let min = schema["minimum"]?.double, number < min { problems.append("\(path): below \(min)") }
            if let max = schema["maximum"]?.double, number > max { problems.append("\(path): above \(max)") }
        case .array(let items):
            if let min = schema["minItems"]?.int, items.count < min { problems.append("\(path): fewer items than \(min)") }
            if let max = schema["maxItems"]?.int, items.count > max { problems.append("\(path): more items than \(max)") }
            for (index, item) in items.enumerated() { problems += validate(item, against: schema["items"] ?? [:], at: "\(path)[\(index)]") }
        case .object(let members):
            let properties = schema["properties"]?.object ?? [:]
            for key in schema["required"]?.array?.compactMap(\.string) ?? [] where members[key] == nil {
                problems.append("\(path).\(key): required but not encoded")
            }
            for (key, member) in members {
                guard let property = properties[key] else {
                    problems.append("\(path).\(key): encoded but not in the schema")
                    continue
                }
                problems += validate(member, against: property, at: "\(path).\(key)")
            }
        case .bool, .null:
            break
        }
        return problems
    }

    private static func collectReferences(in value: JSONValue, into references: inout [String]) {
        switch value {
        case .object(let members):
            if let reference = members["$ref"]?.string { references.append(reference) }
            for member in members.values { collectReferences(in: member, into: &references) }
        case .array(let items):
            for item in items { collectReferences(in: item, into: &references) }
        default:
            break
        }
    }
}

/// Fully populated values (every optional set) of each type the API encodes; nested so as not to shadow
/// `VigieTestSupport.Samples`.
extension OpenAPISchemaTests {
    enum Samples {
        struct Sample: Sendable, CustomTestStringConvertible {
            var schema: String
            var value: any Encodable & Sendable
            /// For configuration entities, the secrets that `EntityResponse` names in `withheld`; `nil` otherwise.
            var entityResponseSecrets: [String]?
            var testDescription: String { schema }
        }

        static func entity<Entity: ConfigEntity>(_ value: Entity) -> Sample {
            Sample(schema: String(describing: Entity.self), value: value, entityResponseSecrets: Entity.secretFieldNames)
        }

        static let id = UUID()
        static let date = Date(timeIntervalSince1970: 1_795_000_000.123)

        static let all: [Sample] = core + web

        static let core: [Sample] = [
            entity(
                Customer(
                    name: "Pharmacie du Centre", reference: "C-0042", kind: .retail, phone: "+33 4 72 00 00 00", email: "a@b.fr",
                    notes: "coffre")),
            entity(
                Site(
                    customerID: id, name: "Pharmacie", reference: "S-0042",
                    address: PostalAddress(street: "1 rue de la Ré", postalCode: "69001", city: "Lyon"),
                    latitude: 45.76, longitude: 4.83, timeZone: "Europe/Paris", riskLevel: .high, mode: .test(until: date), phone: "04.72.00.00.00",
                    responseTimeMinutes: 20, accessNotes: "chien")),
            entity(
                Transmitter(
                    siteID: id, account: "4F21", receiver: "12", line: "3", wireProtocol: .dc09ContactID,
                    aesKey: String(repeating: "0123456789ABCDEF", count: 2), keyFormat: .hex, supervisionProfileID: id, model: "Hub 2")),
            entity(Zone(siteID: id, number: 12, type: .glassBreak, description: "Vitrine", location: "RDC")),
            entity(Zone(siteID: id, number: 8, type: .technical, description: "Onduleur", eventCodes: ["AT", "AR"])),
            entity(
                Contact(
                    siteID: id, callOrder: 1, name: "M. Martin", role: "gérant", phones: [.init(number: "06 12 34 56 78", label: "mobile")],
                    codeWord: "tournesol", duressWord: "marguerite", availability: "24/7", isKeyholder: true)),
            entity(
                Procedure(
                    scope: .site, scopeID: id, category: .burglary, title: "Intrusion",
                    steps: [ProcedureStep(kind: .callPublicService, text: "Appeler le 17", required: true, publicService: .police)])),
            entity(
                Procedure(
                    scope: .site, scopeID: id, category: .technical, eventCode: "AT", title: "Coupure secteur",
                    steps: [ProcedureStep(kind: .callback, onNoAnswer: .retry, asksCodeWord: false)], priority: 88)),
            entity(
                OpeningSchedule(
                    siteID: id, periods: [.init(weekday: 7, opens: "08:30", closes: "24:00")], toleranceMinutes: 10,
                    closedDates: ["2026-12-25"])),
            entity(
                TemporaryInstruction(
                    siteID: id, text: "Travaux", validFrom: date, validUntil: date.addingTimeInterval(86_400), suppressedZones: [3],
                    requestedBy: "M. Martin")),
            entity(ClosureCode(code: "FA-USR", label: "Fausse alarme utilisateur", outcome: .falseAlarm, requiresComment: true, active: false)),
            entity(SupervisionProfile.presets[0]),
            entity(
                Device(
                    siteID: id, name: "Caméra quai 2", kind: .recorderChannel, driver: .hikvisionISAPI, host: "192.0.2.10:8080", https: true,
                    username: "admin", password: "12345", channel: 3, zones: [4, 5], presets: [.init(number: 1, name: "Portail")],
                    rtspURL: "rtsp://{host}:554/Streaming/Channels/{channel}01", snapshotURL: "/ISAPI/Streaming/channels/101/picture",
                    mailbox: "quai2", model: "DS-7608NI")),
            Sample(schema: "SiteMode", value: SiteMode.normal),
            Sample(schema: "SiteMode", value: SiteMode.outOfService),
            Sample(schema: "User", value: user),
            Sample(
                schema: "LogbookEntry",
                value: LogbookEntry(
                    sequence: 7, at: date, kind: .note, authorID: id, authorName: "m.dupont", siteID: id, alarmID: id, summary: "Ronde",
                    details: "{}", previousHash: LogbookChain.genesis, hash: String(repeating: "ab", count: 32))),
            Sample(
                schema: "LogbookVerification",
                value: LogbookVerification(
                    entriesChecked: 4, firstBreak: LogbookChain.firstBreak(in: [logbookEntry(sequence: 2)], after: nil))),
        ]

        #if canImport(VigieWeb)
        /// The bodies exactly as the controllers encode them.
        static let web: [Sample] = [
            Sample(schema: "Transmitter", value: EntityResponse(revision: revision(of: transmitter), showSecrets: false)),
            Sample(
                schema: "TransmitterPage",
                value: PageResponse(
                    Page(items: [EntityResponse(revision: revision(of: transmitter), showSecrets: false)], total: 9, offset: 0, limit: 1))),
            Sample(schema: "UserPage", value: PageResponse(Page(items: [user], total: 1, offset: 0, limit: 50))),
            Sample(
                schema: "SessionInfo",
                value: SessionController.SessionInfo(user: user, csrfToken: "token", expiresAt: date, demo: false, stationTimeZone: "Europe/Paris")),
            Sample(schema: "DemoTraffic", value: DemoController.State(paused: true)),
            Sample(schema: "Alarm", value: OpenAPISchemaTests.parkedAlarm(at: date)),
            Sample(schema: "CreatedUser", value: UserController.CreatedUser(user: user, generatedPassword: "abcd-EFGH-2345-jkmn")),
            Sample(schema: "WordCheckResult", value: OperatorActionsController.WordCheckResult(result: .duress)),
            Sample(
                schema: "Health",
                value: OperationsController.Health(
                    status: "degraded", store: "unavailable",
                    checks: [HealthCheck(name: "store", ok: false, detail: "no answer"), HealthCheck(name: "lease", ok: true)],
                    problems: ["store: no answer"])),
            Sample(schema: "Error", value: APIError.Body(error: "validation", message: "m", fields: [FieldError(field: "f", reason: "r")])),
        ]

        static func revision<Entity: ConfigEntity>(of entity: Entity) -> Revision<Entity> {
            Revision(entity: entity, version: 2, createdAt: date, updatedAt: date)
        }
        #else
        static let web: [Sample] = []
        #endif

        static let user = User(username: "m.dupont", displayName: "Marie Dupont", role: .operator, active: false)
        static let transmitter = Transmitter(siteID: id, account: "4F21", aesKey: String(repeating: "0123456789ABCDEF", count: 2))

        static func logbookEntry(sequence: Int64) -> LogbookEntry {
            LogbookEntry(
                sequence: sequence, at: date, draft: LogbookDraft(kind: .note, author: .system, summary: "note"),
                previousHash: LogbookChain.genesis)
        }
    }

    /// An alarm with everything issue 26 added: aggravated, parked then back, a guard requested, its codes.
    static func parkedAlarm(at date: Date) -> Alarm {
        let opening = AlarmOpening(category: .burglary, priority: 80, title: "Burglary — zone 7", confirmed: true, code: "BA")
        var alarm = Alarm(id: UUID(), siteID: UUID(), opening: opening, zone: 7, at: date)
        alarm.grouping = "site:\(alarm.siteID!.uuidString)"
        alarm.account = "4F21"
        alarm.takenOverAt = date
        alarm.guardRequestedAt = date
        alarm.follow(Procedure(scope: .station, category: .burglary, title: "Intrusion", steps: [ProcedureStep(kind: .waitForRestore)]))
        var parking = Parking(onSite: "agent GS-4412", note: "porte forcée", reminderMinutes: 60, since: date, by: "karim")
        parking.end = .restored
        parking.endedAt = date
        alarm.parking = parking
        alarm.returnedAt = date
        return alarm
    }
}
