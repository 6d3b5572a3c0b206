import VigieCore

/// The operation as an OpenAPI Operation Object.
extension OpenAPIOperation {
    var json: JSONValue {
        var responses: [String: JSONValue] = [String(response.status): response.json]
        for other in otherResponses { responses[String(other.status)] = other.json }
        for error in errors { responses[String(error.rawValue)] = error.reference }
        return .object(dropping: [
            "operationId": .string(operationID),
            "summary": .string(summary),
            "description": description.map(JSONValue.string),
            "tags": .strings([tag]),
            "parameters": parameters.isEmpty ? nil : .array(parameters.map(\.json)),
            "requestBody": requestSchema.map { ["required": true, "content": ["application/json": ["schema": JSONSchema.ref($0).json]]] },
            "responses": .object(responses),
            "security": security,
            "x-vigie-role": minimumRole.map { .string($0.rawValue) },
        ])
    }

    /// Alternatives of `components.securitySchemes`: an empty list means no authentication.
    private var security: JSONValue {
        switch access {
        case .anyone:
            return []
        case .session:
            return method.isStateChanging ? [["session": [], "csrf": []]] : [["session": []]]
        case .sessionOrMetricsBearer:
            return [["metricsBearer": []], ["session": []]]
        }
    }
}
