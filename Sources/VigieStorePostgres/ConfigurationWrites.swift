import Foundation
import PostgresNIO
import VigieCore

/// The checked writes of configuration entities inside one logged transaction, shared by single changes and
/// imports.
struct ConfigurationWrites {
    let write: PostgresWrite
    let author: Author
    let at: Date

    static func row(id: UUID, in write: PostgresWrite) async throws -> PostgresRandomAccessRow? {
        try await write.execute("SELECT * FROM config_entity WHERE id = \(id.uuidString) FOR UPDATE").first
    }

    /// Inserts a new entity with its logbook entry.
    func insert<Entity: ConfigEntity>(_ entity: Entity) async throws -> Revision<Entity> {
        guard try await Self.row(id: entity.id, in: write) == nil else {
            throw StoreError.duplicate(kind: Entity.kind.singularName, field: "id", value: entity.id.uuidString)
        }
        try await checkReferences(of: entity)
        try await checkUnique(entity)
        let millis = at.millisecondsSince1970
        try await write.execute(
            """
            INSERT INTO config_entity (id, kind, parent_id, refs, unique_key, search, body, version, created_at, updated_at)
            VALUES (\(entity.id.uuidString), \(Entity.kind.rawValue), \(entity.parent?.id.uuidString), \(ConfigurationRow.refs(entity)),
            \(entity.uniqueKey), \(entity.searchText), \(try ConfigurationRow.body(entity)), 1, \(millis), \(millis))
            """)
        try write.append(ConfigChangeLog.created(entity, by: author), at: at)
        return Revision(entity: entity, version: 1, createdAt: at, updatedAt: at)
    }

    /// Replaces a stored entity with its logbook entry; `changed` is false when the new value equals the stored one.
    func replace<Entity: ConfigEntity>(_ entity: Entity, expectedVersion: Int?) async throws -> (revision: Revision<Entity>, changed: Bool) {
        guard let row = try await Self.row(id: entity.id, in: write), try row.value("kind", as: String.self) == Entity.kind.rawValue else {
            throw StoreError.notFound(kind: Entity.kind.singularName, id: entity.id.uuidString)
        }
        let stored: Revision<Entity> = try ConfigurationRow.revision(row)
        let merged = try entity.replacement(for: stored, expectedVersion: expectedVersion)
        try await checkReferences(of: merged)
        try await checkUnique(merged)
        guard merged != stored.entity else { return (stored, false) }
        try await write.execute(
            """
            UPDATE config_entity SET parent_id = \(merged.parent?.id.uuidString), refs = \(ConfigurationRow.refs(merged)),
            unique_key = \(merged.uniqueKey), search = \(merged.searchText), body = \(try ConfigurationRow.body(merged)),
            version = version + 1, updated_at = \(at.millisecondsSince1970) WHERE id = \(merged.id.uuidString)
            """)
        try write.append(ConfigChangeLog.updated(from: stored.entity, to: merged, by: author), at: at)
        return (Revision(entity: merged, version: stored.version + 1, createdAt: stored.createdAt, updatedAt: at), true)
    }

    /// An import's write of one entity: a replacement when its id is stored, else a creation.
    func upsert<Entity: ConfigEntity>(_ entity: Entity, counts: inout ImportCounts) async throws {
        if try await Self.row(id: entity.id, in: write) == nil {
            try entity.validate()
            _ = try await insert(entity)
            counts.created += 1
        } else if try await replace(entity, expectedVersion: nil).changed {
            counts.updated += 1
        } else {
            counts.unchanged += 1
        }
    }

    /// The parent and every reference must exist, with the kind the entity expects.
    private func checkReferences<Entity: ConfigEntity>(of entity: Entity) async throws {
        for pointer in [entity.parent].compactMap({ $0 }) + entity.references {
            let kind = try await write.execute("SELECT kind FROM config_entity WHERE id = \(pointer.id.uuidString)").first?
                .value("kind", as: String.self)
            if kind != pointer.kind.rawValue {
                throw StoreError.missingReference(field: Entity.field(holding: pointer), kind: pointer.kind.singularName, id: pointer.id)
            }
        }
    }

    private func checkUnique<Entity: ConfigEntity>(_ entity: Entity) async throws {
        guard let key = entity.uniqueKey else { return }
        let holder = try await write.execute("SELECT id FROM config_entity WHERE kind = \(Entity.kind.rawValue) AND unique_key = \(key)")
            .first?.value("id", as: String.self)
        if let holder, holder != entity.id.uuidString {
            throw StoreError.duplicate(kind: Entity.kind.singularName, field: Entity.uniqueKeyField, value: key)
        }
    }
}
