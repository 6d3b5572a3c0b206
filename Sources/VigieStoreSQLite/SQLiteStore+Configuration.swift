import Foundation
import GRDB
import VigieCore

extension SQLiteStore {
    public func create<Entity: ConfigEntity>(_ entity: Entity, by author: Author) async throws -> Revision<Entity> {
        try entity.validate()
        let at = timestamp
        return try await pool.write { db in try Self.insert(entity, by: author, at: at, in: db) }
    }

    public func update<Entity: ConfigEntity>(_ entity: Entity, expectedVersion: Int?, by author: Author) async throws -> Revision<Entity> {
        let at = timestamp
        return try await pool.write { db in try Self.replace(entity, expectedVersion: expectedVersion, by: author, at: at, in: db).revision }
    }

    public func importConfiguration(_ entities: [any ConfigEntity], by author: Author) async throws -> ImportCounts {
        let at = timestamp
        return try await pool.write { db in
            var counts = ImportCounts()
            for (index, entity) in entities.enumerated() {
                do {
                    switch try Self.upsert(entity, by: author, at: at, in: db) {
                    case .created: counts.created += 1
                    case .updated: counts.updated += 1
                    case .unchanged: counts.unchanged += 1
                    }
                } catch {
                    throw ImportFailure(index: index, reason: error)
                }
            }
            return counts
        }
    }

    /// Inserts a new entity with its logbook entry, inside the caller's transaction.
    static func insert<Entity: ConfigEntity>(_ entity: Entity, by author: Author, at: Date, in db: Database) throws -> Revision<Entity> {
        guard try row(id: entity.id, db: db) == nil else {
            throw StoreError.duplicate(kind: Entity.kind.singularName, field: "id", value: entity.id.uuidString)
        }
        try checkReferences(of: entity, db: db)
        try checkUnique(entity, db: db)
        try db.cachedStatement(
            sql: """
                INSERT INTO config_entity (id, kind, parent_id, refs, unique_key, search, body, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                """
        ).execute(
            arguments: [
                entity.id.uuidString, Entity.kind.rawValue, entity.parent?.id.uuidString, EntityBody.refs(entity),
                entity.uniqueKey, entity.searchText, try EntityBody.encode(entity), at.millisecondsSince1970, at.millisecondsSince1970,
            ])
        try append(ConfigChangeLog.created(entity, by: author), at: at, in: db)
        return Revision(entity: entity, version: 1, createdAt: at, updatedAt: at)
    }

    /// Replaces a stored entity with its logbook entry, inside the caller's transaction; `changed` is false when
    /// the new value equals the stored one (nothing written).
    static func replace<Entity: ConfigEntity>(
        _ entity: Entity, expectedVersion: Int?, by author: Author, at: Date, in db: Database
    ) throws -> (revision: Revision<Entity>, changed: Bool) {
        guard let row = try row(id: entity.id, db: db), row["kind"] == Entity.kind.rawValue else {
            throw StoreError.notFound(kind: Entity.kind.singularName, id: entity.id.uuidString)
        }
        let stored: Revision<Entity> = try EntityBody.revision(row)
        let merged = try entity.replacement(for: stored, expectedVersion: expectedVersion)
        try checkReferences(of: merged, db: db)
        try checkUnique(merged, db: db)
        guard merged != stored.entity else { return (stored, false) }
        try db.cachedStatement(
            sql: """
                UPDATE config_entity SET parent_id = ?, refs = ?, unique_key = ?, search = ?, body = ?, version = version + 1,
                updated_at = ? WHERE id = ?
                """
        ).execute(
            arguments: [
                merged.parent?.id.uuidString, EntityBody.refs(merged), merged.uniqueKey, merged.searchText,
                try EntityBody.encode(merged), at.millisecondsSince1970, merged.id.uuidString,
            ])
        try append(ConfigChangeLog.updated(from: stored.entity, to: merged, by: author), at: at, in: db)
        return (Revision(entity: merged, version: stored.version + 1, createdAt: stored.createdAt, updatedAt: at), true)
    }

    /// An import's write of one entity: a replacement when its id is stored, else a creation.
    private static func upsert<Entity: ConfigEntity>(_ entity: Entity, by author: Author, at: Date, in db: Database) throws -> ImportAction {
        if try row(id: entity.id, db: db) == nil {
            try entity.validate()
            _ = try insert(entity, by: author, at: at, in: db)
            return .created
        }
        return try replace(entity, expectedVersion: nil, by: author, at: at, in: db).changed ? .updated : .unchanged
    }

    public func delete<Entity: ConfigEntity>(_ type: Entity.Type, id: UUID, by author: Author) async throws {
        let at = timestamp
        try await pool.write { db in
            guard let row = try Self.row(id: id, db: db), row["kind"] == Entity.kind.rawValue else {
                throw StoreError.notFound(kind: Entity.kind.singularName, id: id.uuidString)
            }
            let stored: Revision<Entity> = try EntityBody.revision(row)
            let dependents =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM config_entity WHERE parent_id = ? OR refs LIKE ?",
                    arguments: [id.uuidString, "%\(id.uuidString)%"]) ?? 0
            if dependents > 0 { throw StoreError.hasDependents(kind: Entity.kind.singularName, count: dependents) }
            try db.execute(sql: "DELETE FROM config_entity WHERE id = ?", arguments: [id.uuidString])
            try Self.append(ConfigChangeLog.deleted(stored.entity, by: author), at: at, in: db)
        }
    }

    public func fetch<Entity: ConfigEntity>(_ type: Entity.Type, id: UUID) async throws -> Revision<Entity>? {
        try await pool.read { db in
            guard let row = try Self.row(id: id, db: db), row["kind"] == Entity.kind.rawValue else { return nil }
            return try EntityBody.revision(row)
        }
    }

    public func list<Entity: ConfigEntity>(_ type: Entity.Type, query: ListQuery) async throws -> Page<Revision<Entity>> {
        var conditions = ["kind = ?"]
        var arguments: StatementArguments = [Entity.kind.rawValue]
        if let parentID = query.parentID {
            conditions.append("parent_id = ?")
            arguments += [parentID.uuidString]
        }
        for word in query.searchWords {
            conditions.append("search LIKE ? ESCAPE '\\'")
            arguments += ["%\(word.likeEscaped)%"]
        }
        return try await page(
            of: "config_entity", where: conditions, arguments: arguments, order: "seq", offset: query.offset, limit: query.limit,
            transform: EntityBody.revision)
    }

    public func all<Entity: ConfigEntity>(_ type: Entity.Type) async throws -> [Entity] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM config_entity WHERE kind = ? ORDER BY seq", arguments: [Entity.kind.rawValue])
                .map { (try EntityBody.revision($0) as Revision<Entity>).entity }
        }
    }

    static func row(id: UUID, db: Database) throws -> Row? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM config_entity WHERE id = ?"), arguments: [id.uuidString])
    }

    /// The parent and every reference must exist, with the kind the entity expects.
    static func checkReferences<Entity: ConfigEntity>(of entity: Entity, db: Database) throws {
        let pointers = [entity.parent].compactMap { $0 } + entity.references
        for pointer in pointers {
            let kind = try String.fetchOne(db.cachedStatement(sql: "SELECT kind FROM config_entity WHERE id = ?"), arguments: [pointer.id.uuidString])
            if kind != pointer.kind.rawValue {
                throw StoreError.missingReference(field: EntityBody.field(for: pointer, in: entity), kind: pointer.kind.singularName, id: pointer.id)
            }
        }
    }

    static func checkUnique<Entity: ConfigEntity>(_ entity: Entity, db: Database) throws {
        guard let key = entity.uniqueKey else { return }
        let holder = try String.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM config_entity WHERE kind = ? AND unique_key = ?"), arguments: [Entity.kind.rawValue, key])
        if let holder, holder != entity.id.uuidString {
            throw StoreError.duplicate(kind: Entity.kind.singularName, field: Entity.uniqueKeyField, value: key)
        }
    }
}

extension String {
    /// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
    var likeEscaped: String {
        var escaped = ""
        for character in self {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
