import VigieCore

/// A path or query parameter of an operation.
struct OpenAPIParameter: Sendable {
    enum Location: String, Sendable {
        case path, query
    }

    var name: String
    var location: Location
    var description: String
    var schema: JSONSchema

    var json: JSONValue {
        [
            "name": .string(name), "in": .string(location.rawValue), "required": .bool(location == .path),
            "description": .string(description), "schema": schema.json,
        ]
    }

    /// `{id}`: an id that is not a UUID names nothing, so it is a 404 like an unknown one.
    static func id(of what: String) -> OpenAPIParameter {
        OpenAPIParameter(name: "id", location: .path, description: "The \(what)'s id.", schema: .uuid)
    }

    static func query(_ name: String, _ description: String, _ schema: JSONSchema = .string()) -> OpenAPIParameter {
        OpenAPIParameter(name: name, location: .query, description: description, schema: schema)
    }

    /// `offset`, as `Request.intQuery` reads it for every list.
    static func offset(_ description: String) -> OpenAPIParameter {
        query("offset", description, JSONSchema.integer(0...Int(Int32.max)).defaulting(0))
    }

    /// `offset`, `limit` and `q`, as `Request.listQuery` reads them.
    static func paging(defaultLimit: Int = 50) -> [OpenAPIParameter] {
        [
            offset("How many matching items to skip."),
            query("limit", "How many items to return at most.", JSONSchema.integer(1...ListQuery.maximumLimit).defaulting(.integer(defaultLimit))),
            query("q", "Words to search for, regardless of case and accents."),
        ]
    }
}
