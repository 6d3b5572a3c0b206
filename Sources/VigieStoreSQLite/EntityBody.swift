import Foundation
import GRDB
import VigieCore

/// How an entity is written to and read from its row: the JSON body and the derived columns.
enum EntityBody {
    static func encode<Entity: ConfigEntity>(_ entity: Entity) throws -> String {
        String(decoding: try VigieJSON.encoder().encode(entity), as: UTF8.self)
    }

    static func revision<Entity: ConfigEntity>(_ row: Row) throws -> Revision<Entity> {
        let body: String = row["body"]
        let entity = try VigieJSON.decoder().decode(Entity.self, from: Data(body.utf8))
        return Revision(
            entity: entity, version: row["version"], createdAt: Date(millisecondsSince1970: row["created_at"]),
            updatedAt: Date(millisecondsSince1970: row["updated_at"]))
    }

    /// The ids an entity points to besides its parent, so a delete can find who still uses it.
    static func refs<Entity: ConfigEntity>(_ entity: Entity) -> String {
        entity.references.map(\.id.uuidString).joined(separator: " ")
    }

    /// The JSON field that holds `pointer`, to name it in an error.
    static func field<Entity: ConfigEntity>(for pointer: EntityReference, in entity: Entity) -> String {
        Entity.field(holding: pointer)
    }
}
