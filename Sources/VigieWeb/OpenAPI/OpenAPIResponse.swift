/// The success answer of an operation (errors are the shared responses of `StandardError`).
struct OpenAPIResponse: Sendable {
    var status: Int
    var description: String
    /// A schema of `components.schemas`; `nil` for an empty body or a body described by `contentType` alone.
    var schema: String?
    var contentType = "application/json"
    /// Further media types of a body described by its type alone (an image or a clip).
    var alternativeContentTypes: [String] = []
    /// Response headers worth naming (`Location`, `Set-Cookie`), with their descriptions.
    var headers: [String: String] = [:]

    static func ok(_ schema: String, _ description: String = "OK") -> OpenAPIResponse {
        OpenAPIResponse(status: 200, description: description, schema: schema)
    }

    static func created(_ schema: String, location: Bool = true) -> OpenAPIResponse {
        OpenAPIResponse(
            status: 201, description: "Created", schema: schema,
            headers: location ? ["Location": "The path of the new item."] : [:])
    }

    static let noContent = OpenAPIResponse(status: 204, description: "Done; no body.")

    /// The schema of a body known by its media type only: any JSON, text, or bytes.
    private static func schema(of contentType: String) -> JSONValue {
        switch contentType {
        case "application/json": [:]
        case _ where contentType.hasPrefix("text/"): ["type": "string"]
        default: ["type": "string", "format": "binary"]
        }
    }

    var json: JSONValue {
        .object(dropping: [
            "description": .string(description),
            "content": schema.map { [contentType: ["schema": JSONSchema.ref($0).json]] }
                ?? (status == 204
                    ? nil
                    : .object(
                        Dictionary(
                            uniqueKeysWithValues: ([contentType] + alternativeContentTypes).map { type in
                                (type, ["schema": Self.schema(of: type)] as JSONValue)
                            }))),
            "headers": headers.isEmpty ? nil : .object(headers.mapValues { ["description": .string($0), "schema": ["type": "string"]] }),
        ])
    }
}
