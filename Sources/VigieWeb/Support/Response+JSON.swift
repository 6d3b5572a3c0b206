import Foundation
import HTTPTypes
import Hummingbird
import VigieCore

extension Response {
    /// A JSON response with the API's encoding conventions.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let data = try VigieJSON.encoder().encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func noContent() -> Response {
        Response(status: .noContent)
    }
}

/// An entity as the API shows it: its fields, its version and times, and the names of secrets withheld.
struct EntityResponse<Entity: ConfigEntity>: Encodable {
    var revision: Revision<Entity>
    /// Secrets are shown only when the caller's role may see them, never in lists.
    var showSecrets: Bool

    private enum ExtraKeys: String, CodingKey { case version, createdAt, updatedAt, withheld }

    func encode(to encoder: any Encoder) throws {
        let (redacted, withheld) = revision.entity.redacted()
        try (showSecrets ? revision.entity : redacted).encode(to: encoder)
        var extra = encoder.container(keyedBy: ExtraKeys.self)
        try extra.encode(revision.version, forKey: .version)
        try extra.encode(revision.createdAt, forKey: .createdAt)
        try extra.encode(revision.updatedAt, forKey: .updatedAt)
        try extra.encode(showSecrets ? [] : withheld, forKey: .withheld)
    }
}

/// A page of a list: `{"items": [...], "total": 3204, "offset": 50, "limit": 50}`.
struct PageResponse<Item: Encodable & Sendable>: Encodable {
    var items: [Item]
    var total: Int
    var offset: Int
    var limit: Int

    init(_ page: Page<Item>) {
        items = page.items
        total = page.total
        offset = page.offset
        limit = page.limit
    }
}
