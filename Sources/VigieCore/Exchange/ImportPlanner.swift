import Foundation

/// Reads the CSV files of an import and checks every line against the stored configuration and against the
/// other lines, so that a dry run reports every bad line at once and a real import writes all or nothing.
public enum ImportPlanner {
    public static func plan(_ files: [ImportFile], existing: ExistingConfiguration) -> ImportPlan {
        var plan = ImportPlan()
        var tables: [ExchangeKind: [(name: String, table: CSVTable)]] = [:]
        for file in files {
            guard let kind = ExchangeKind(fileName: file.name) else {
                let names = ExchangeKind.allCases.map { "\($0.rawValue) (\($0.frenchName))" }.joined(separator: ", ")
                plan.problems.append(ImportProblem(file: file.name, line: nil, column: nil, .fileName(names)))
                continue
            }
            do {
                tables[kind, default: []].append((file.name, try CSVTable(parsing: file.text)))
            } catch {
                plan.problems.append(ImportProblem(file: file.name, line: error.line, column: nil, error.reason))
            }
        }
        let references = ImportReferences(existing)
        for kind in ExchangeKind.allCases {
            for (name, table) in tables[kind] ?? [] {
                switch kind {
                case .customers: read(CustomerExchange.self, name, table, existing, references, into: &plan)
                case .sites: read(SiteExchange.self, name, table, existing, references, into: &plan)
                case .transmitters: read(TransmitterExchange.self, name, table, existing, references, into: &plan)
                case .zones: read(ZoneExchange.self, name, table, existing, references, into: &plan)
                case .contacts: read(ContactExchange.self, name, table, existing, references, into: &plan)
                case .devices: read(DeviceExchange.self, name, table, existing, references, into: &plan)
                }
            }
        }
        return plan
    }

    private static func read<Schema: ExchangeSchema>(
        _ schema: Schema.Type, _ file: String, _ table: CSVTable, _ existing: ExistingConfiguration, _ references: ImportReferences,
        into plan: inout ImportPlan
    ) {
        guard let layout = FileLayout<Schema>(table.header, file: file, problems: &plan.problems) else { return }
        var stored = Dictionary(existing.entities(Schema.Entity.self).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byNaturalKey = Dictionary(
            stored.values.compactMap { entity in Schema.naturalKey(of: entity).map { ($0, entity.id) } }, uniquingKeysWith: { first, _ in first })
        var uniqueOwners = Dictionary(
            stored.values.compactMap { entity in entity.uniqueKey.map { ($0, entity.id) } }, uniquingKeysWith: { first, _ in first })
        var importedLines: [UUID: Int] = [:]

        for (line, cells) in table.rows {
            func problem(_ column: String?, _ reason: Reason) {
                plan.problems.append(ImportProblem(file: file, line: line, column: column, reason))
            }
            guard cells.count <= table.header.count else {
                problem(nil, .cellCount(cells.count, header: table.header.count))
                continue
            }
            let row = { (index: Int) in index < cells.count ? cells[index] : "" }
            var givenID: UUID?
            if let index = layout.idIndex, let text = CellText.optional(row(index)) {
                guard let id = UUID(uuidString: text) else {
                    problem("id", .vigieID)
                    continue
                }
                givenID = id
            }
            var draft = Schema.blank()
            let errors = layout.write(row, into: &draft, references)
            guard errors.isEmpty else {
                for (column, reason) in errors { problem(column, reason) }
                continue
            }
            let id = givenID ?? Schema.naturalKey(of: draft).flatMap { byNaturalKey[$0] } ?? UUID()
            if let earlier = importedLines[id] {
                problem(nil, .sameItemAsLine(earlier, kind: Schema.Entity.kind.singularName))
                continue
            }
            let before = stored[id]
            var entity = before ?? draft
            _ = layout.write(row, into: &entity, references)
            entity.id = id
            if let before { entity = entity.keepingSecrets(of: before) }
            do {
                try entity.validate()
            } catch {
                for field in error.fields {
                    plan.problems.append(ImportProblem(file: file, line: line, column: layout.column(for: field.field), field))
                }
                continue
            }
            if let key = entity.uniqueKey, let owner = uniqueOwners[key], owner != id {
                problem(layout.header(of: Schema.Entity.uniqueKeyField), .valueAlreadyUsed(key, kind: Schema.Entity.kind.singularName))
                continue
            }
            importedLines[id] = line
            if let key = entity.uniqueKey { uniqueOwners[key] = id }
            if let key = Schema.naturalKey(of: entity) { byNaturalKey[key] = id }
            stored[id] = entity
            if let customer = entity as? Customer { references.add(customer) }
            if let site = entity as? Site { references.add(site) }
            switch before {
            case nil: plan.preview.created += 1
            case entity?: plan.preview.unchanged += 1
            default: plan.preview.updated += 1
            }
            plan.entities.append(entity)
            plan.origins.append(ImportOrigin(file: file, line: line))
        }
    }
}

/// Which column of one file is which, checked once per file.
private struct FileLayout<Schema: ExchangeSchema> {
    var idIndex: Int?
    var columns: [(index: Int, column: ExchangeColumn<Schema.Entity>)] = []
    var headers: [String: String] = [:]

    init?(_ header: [String], file: String, problems: inout [ImportProblem]) {
        let before = problems.count
        for (index, name) in header.enumerated() {
            if CSVHeaders.allCases.map(\.idHeader).contains(ExchangeColumn<Schema.Entity>.fold(name)) {
                idIndex = index
            } else if let column = Schema.columns.first(where: { $0.matches(header: name) }) {
                if columns.contains(where: { $0.column.name == column.name }) {
                    problems.append(ImportProblem(file: file, line: 1, column: name, .columnTwice))
                }
                columns.append((index, column))
                headers[column.field] = name
            } else {
                let known = (["id"] + Schema.columns.map(\.name)).joined(separator: ", ")
                problems.append(ImportProblem(file: file, line: 1, column: name, .unknownColumn(Schema.kind.rawValue, known: known)))
            }
        }
        if idIndex == nil {
            for column in Schema.columns where column.required && headers[column.field] == nil {
                problems.append(ImportProblem(file: file, line: 1, column: column.name, .requiredColumn))
            }
        }
        if problems.count > before { return nil }
    }

    /// Writes every cell of a row; returns the cells that could not be used, by header.
    func write(_ cell: (Int) -> String, into entity: inout Schema.Entity, _ references: ImportReferences) -> [(String, Reason)] {
        var errors: [(String, Reason)] = []
        for (index, column) in columns {
            do {
                try column.write(&entity, cell(index), references)
            } catch {
                errors.append(
                    (
                        headers[column.field] ?? column.name,
                        (error as? CellError)?.reason ?? Reason("cellRefused", ["detail": "\(error)"], english: "\(error)")
                    ))
            }
        }
        return errors
    }

    /// The header of the column behind a validation error's field (`address.postalCode` → `postal_code`).
    func column(for field: String) -> String {
        if let header = headers[field] { return header }
        let owner = Schema.columns.first { field.hasPrefix($0.field + ".") || field.hasPrefix($0.field + "[") }
        return owner.flatMap { headers[$0.field] } ?? field
    }

    func header(of jsonField: String) -> String { headers[jsonField] ?? jsonField }
}
