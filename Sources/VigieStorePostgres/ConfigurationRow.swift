import Foundation
import PostgresNIO
import VigieCore

/// How an entity is written to and read from its `config_entity` row: the JSON body and the derived columns.
enum ConfigurationRow {
    static func body<Entity: ConfigEntity>(_ entity: Entity) throws -> String {
        String(decoding: try VigieJSON.encoder().encode(entity), as: UTF8.self)
    }

    static func revision<Entity: ConfigEntity>(_ row: PostgresRandomAccessRow) throws -> Revision<Entity> {
        let body: String = try row.value("body")
        return Revision(
            entity: try VigieJSON.decoder().decode(Entity.self, from: Data(body.utf8)), version: try row.value("version"),
            createdAt: Date(millisecondsSince1970: try row.value("created_at")), updatedAt: Date(millisecondsSince1970: try row.value("updated_at")))
    }

    /// The ids an entity points to besides its parent, so a delete can find who still uses it.
    static func refs<Entity: ConfigEntity>(_ entity: Entity) -> String {
        entity.references.map(\.id.uuidString).joined(separator: " ")
    }
}
