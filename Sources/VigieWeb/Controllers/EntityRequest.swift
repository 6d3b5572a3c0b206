import Foundation
import Hummingbird
import VigieCore

/// An entity sent by a client: the id comes from the path (update) or is made here (create), and the
/// optional `version` read back from the body enables optimistic concurrency.
struct EntityRequest<Entity: ConfigEntity> {
    var value: Entity
    var version: Int?

    static func decode(_ type: Entity.Type, request: Request, context: AppRequestContext, pathID: UUID?) async throws -> Self {
        var request = request
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        guard var object = (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] else {
            throw APIError.badRequest("must be a JSON object", field: "body")
        }
        if let pathID {
            if let bodyID = object["id"] as? String, UUID(uuidString: bodyID) != pathID {
                throw APIError.badRequest("differs from the id in the path", field: "id")
            }
            object["id"] = pathID.uuidString
        } else if object["id"] == nil || object["id"] is NSNull {
            object["id"] = UUID().uuidString
        }
        var version: Int?
        if let raw = object.removeValue(forKey: "version"), !(raw is NSNull) {
            guard let number = raw as? Int, number >= 1 else { throw APIError.badRequest("must be a positive integer", field: "version") }
            version = number
        }
        for key in ["createdAt", "updatedAt", "withheld"] { object.removeValue(forKey: key) }
        for (key, value) in EntityDefaults.values(for: Entity.kind) where object[key] == nil || object[key] is NSNull {
            object[key] = value
        }
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            return Self(value: try VigieJSON.decoder().decode(Entity.self, from: data), version: version)
        } catch let error as DecodingError {
            throw APIError.from(error)!
        }
    }
}
