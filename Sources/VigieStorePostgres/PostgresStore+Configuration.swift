import Foundation
import PostgresNIO
import VigieCore

extension PostgresStore {
    public func create<Entity: ConfigEntity>(_ entity: Entity, by author: Author) async throws -> Revision<Entity> {
        try entity.validate()
        let at = timestamp
        return try await write { try await ConfigurationWrites(write: $0, author: author, at: at).insert(entity) }
    }

    public func update<Entity: ConfigEntity>(_ entity: Entity, expectedVersion: Int?, by author: Author) async throws -> Revision<Entity> {
        let at = timestamp
        return try await write { write in
            try await ConfigurationWrites(write: write, author: author, at: at).replace(entity, expectedVersion: expectedVersion).revision
        }
    }

    public func importConfiguration(_ entities: [any ConfigEntity], by author: Author) async throws -> ImportCounts {
        let at = timestamp
        return try await write { write in
            let writes = ConfigurationWrites(write: write, author: author, at: at)
            var counts = ImportCounts()
            for (index, entity) in entities.enumerated() {
                do {
                    try await writes.upsert(entity, counts: &counts)
                } catch {
                    throw ImportFailure(index: index, reason: error)
                }
            }
            return counts
        }
    }

    public func delete<Entity: ConfigEntity>(_ type: Entity.Type, id: UUID, by author: Author) async throws {
        let at = timestamp
        try await write { write in
            guard let row = try await ConfigurationWrites.row(id: id, in: write), try row.value("kind", as: String.self) == Entity.kind.rawValue
            else {
                throw StoreError.notFound(kind: Entity.kind.singularName, id: id.uuidString)
            }
            let stored: Revision<Entity> = try ConfigurationRow.revision(row)
            let dependents =
                try await write.execute(
                    "SELECT COUNT(*) AS n FROM config_entity WHERE parent_id = \(id.uuidString) OR strpos(refs, \(id.uuidString)) > 0"
                ).first?.value("n", as: Int.self) ?? 0
            if dependents > 0 { throw StoreError.hasDependents(kind: Entity.kind.singularName, count: dependents) }
            try await write.execute("DELETE FROM config_entity WHERE id = \(id.uuidString)")
            try write.append(ConfigChangeLog.deleted(stored.entity, by: author), at: at)
        }
    }

    public func fetch<Entity: ConfigEntity>(_ type: Entity.Type, id: UUID) async throws -> Revision<Entity>? {
        guard let row = try await rows("SELECT * FROM config_entity WHERE id = \(id.uuidString) AND kind = \(Entity.kind.rawValue)").first
        else { return nil }
        return try ConfigurationRow.revision(row)
    }

    public func list<Entity: ConfigEntity>(_ type: Entity.Type, query: ListQuery) async throws -> Page<Revision<Entity>> {
        var filter = SQLFilter()
        filter.add { "kind = \($0.bind(Entity.kind.rawValue))" }
        if let parentID = query.parentID { filter.add { "parent_id = \($0.bind(parentID.uuidString))" } }
        for word in query.searchWords { filter.add { "strpos(search, \($0.bind(word))) > 0" } }
        return try await page(
            of: "config_entity", filter: filter, order: "seq", offset: query.offset, limit: query.limit, transform: ConfigurationRow.revision)
    }

    public func all<Entity: ConfigEntity>(_ type: Entity.Type) async throws -> [Entity] {
        try await rows("SELECT * FROM config_entity WHERE kind = \(Entity.kind.rawValue) ORDER BY seq")
            .map { (try ConfigurationRow.revision($0) as Revision<Entity>).entity }
    }
}
