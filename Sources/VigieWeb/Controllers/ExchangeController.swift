import Foundation
import HTTPTypes
import Hummingbird
import VigieCore

/// Import and export of the customer base as CSV, for ARCs migrating from another product (administrators only).
struct ExchangeController {
    let store: any Store

    struct ImportRequest: Decodable {
        var files: [ImportFile]
        var dryRun: Bool?
    }

    /// A base of 10,000 sites with their zones and contacts is some 10 MB of CSV.
    static let maximumImportSize = 64 * 1024 * 1024

    func addRoutes(to group: RouterGroup<AppRequestContext>) {
        group.post("import") { request, context in
            let signedIn = try context.require(.admin)
            let body = try await request.decodeJSON(ImportRequest.self, context: context, limit: Self.maximumImportSize)
            guard !body.files.isEmpty else { throw APIError.badRequest("must hold at least one CSV file", field: "files") }
            let report = try await ConfigurationImporter.run(body.files, dryRun: body.dryRun ?? false, store: store, by: signedIn.author)
            return try Response.json(report, status: report.problems.isEmpty ? .ok : .unprocessableContent)
        }
        group.get("export/:kind") { request, context in
            try context.require(.admin)
            let name = context.parameters.get("kind") ?? ""
            guard let kind = ExchangeKind(rawValue: name.hasSuffix(".csv") ? String(name.dropLast(4)) : name) else {
                throw APIError.notFound("export")
            }
            let delimiter = try request.choiceQuery("delimiter", default: CSVDelimiter.comma)
            let language = try request.choiceQuery("headers", default: CSVHeaders.english)
            let text = ConfigurationExport.csv(
                kind, from: try await ExistingConfiguration.load(from: store), includeSecrets: try request.boolQuery("secrets"),
                delimiter: delimiter.character, headers: language)
            let headers: HTTPFields = [
                .contentType: "text/csv; charset=utf-8", .cacheControl: "no-store",
                .contentDisposition: "attachment; filename=\"\(kind.fileStem(language)).csv\"",
            ]
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
    }
}
