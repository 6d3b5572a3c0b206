import Foundation
import Hummingbird
import VigieCore

extension Request {
    /// Reads the body as JSON of `type`, turning every decoding failure into a 400 that names the field.
    /// - Parameter limit: the largest body accepted; the context's default (2 MiB) unless a route needs more.
    func decodeJSON<T: Decodable>(_ type: T.Type, context: AppRequestContext, limit: Int? = nil) async throws -> T {
        var request = self
        let buffer = try await request.collectBody(upTo: limit ?? context.maxUploadSize)
        guard buffer.readableBytes > 0 else { throw APIError.badRequest("a JSON body is required", field: "body") }
        do {
            return try VigieJSON.decoder().decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError.from(error)!
        }
    }

    /// A UUID path parameter, or a 404 (an id that cannot exist names nothing).
    func uuidParameter(_ name: String, context: AppRequestContext, what: String) throws -> UUID {
        guard let text = context.parameters.get(name), let id = UUID(uuidString: text) else { throw APIError.notFound(what) }
        return id
    }

    /// One of the raw values of `T` (an absent parameter is `fallback`), or a 400 naming them.
    func choiceQuery<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws -> T where T.RawValue == String {
        guard let text = uri.queryParameters[name[...]] else { return fallback }
        guard let value = T(rawValue: String(text)) else {
            throw APIError.badRequest("must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))", field: name)
        }
        return value
    }

    /// `true` or `false` (absent is `false`), or a 400: a typo must not quietly mean `false`.
    func boolQuery(_ name: String) throws -> Bool {
        switch uri.queryParameters[name[...]].map(String.init) {
        case nil, "false": return false
        case "true": return true
        default: throw APIError.badRequest("must be true or false", field: name)
        }
    }

    /// An optional integer query parameter within `range`, or a 400 naming it.
    func intQuery(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = uri.queryParameters[name[...]] else { return value }
        guard let number = Int(String(text)), range.contains(number) else {
            throw APIError.badRequest("must be an integer from \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return number
    }

    /// An optional UUID query parameter, or a 400 naming it.
    func uuidQuery(_ name: String) throws -> UUID? {
        guard let text = uri.queryParameters[name[...]] else { return nil }
        guard let id = UUID(uuidString: String(text)) else { throw APIError.badRequest("must be a UUID", field: name) }
        return id
    }

    /// An optional comma-separated list of UUIDs (at most `maximum`), or a 400 naming it.
    func uuidListQuery(_ name: String, maximum: Int) throws -> [UUID]? {
        guard let text = uri.queryParameters[name[...]] else { return nil }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= maximum else { throw APIError.badRequest("must hold at most \(maximum) ids", field: name) }
        return try parts.map { part in
            guard let id = UUID(uuidString: String(part)) else { throw APIError.badRequest("must be UUIDs separated by commas", field: name) }
            return id
        }
    }

    /// An optional ISO 8601 date query parameter, or a 400 naming it.
    func dateQuery(_ name: String) throws -> Date? {
        guard let text = uri.queryParameters[name[...]] else { return nil }
        guard let date = Date(iso8601: String(text)) else {
            throw APIError.badRequest("must be an ISO 8601 date such as 2026-11-23T21:00:00Z", field: name)
        }
        return date
    }

    func stringQuery(_ name: String) -> String? {
        uri.queryParameters[name[...]].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `offset`, `limit` and `q` of a list request.
    func listQuery(parentID: UUID? = nil) throws -> ListQuery {
        ListQuery(
            offset: try intQuery("offset", default: 0, range: 0...Int(Int32.max)),
            limit: try intQuery("limit", default: 50, range: 1...ListQuery.maximumLimit),
            search: stringQuery("q"), parentID: parentID)
    }
}
