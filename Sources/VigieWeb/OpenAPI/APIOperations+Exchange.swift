import VigieCore

/// CSV import and export of the customer base.
extension APIOperations {
    static let exchange: [OpenAPIOperation] = [
        OpenAPIOperation(
            method: .post, path: "/api/v1/import", operationID: "importConfiguration",
            summary: "Import customers, sites, transmitters, zones, contacts",
            description: """
                CSV files (see docs/import-export.md), all or nothing: every bad line is reported (422) and then nothing is \
                written. With `dryRun`, the files are only checked and `counts` says what an import would do.
                """,
            tag: "Exchange", access: .session(.admin), requestSchema: "ImportRequest", response: .ok("ImportReport"),
            otherResponses: [
                OpenAPIResponse(
                    status: 422, description: "At least one bad line: `problems` lists them all, nothing was written.", schema: "ImportReport")
            ]),
        OpenAPIOperation(
            method: .get, path: "/api/v1/export/{kind}", operationID: "exportConfiguration", summary: "Export one kind as CSV",
            description: "In the import's format, so that export then import changes nothing. `{kind}` may end in `.csv`.",
            tag: "Exchange", access: .session(.admin),
            parameters: [
                OpenAPIParameter(
                    name: "kind", location: .path, description: "What to export.", schema: .strings(ExchangeKind.allCases.map(\.rawValue))),
                .query(
                    "secrets", "`true` to include AES keys and code words (otherwise empty cells, which an import reads as keep).",
                    .strings(["true", "false"])),
                .query("delimiter", "`semicolon` for the French edition of Excel; comma otherwise.", .enumeration(CSVDelimiter.self)),
                .query(
                    "headers", "`french` for French headers (`identifiant`, `code_postal`) and file name; the import reads either.",
                    .enumeration(CSVHeaders.self)),
            ],
            response: OpenAPIResponse(status: 200, description: "The CSV file", contentType: "text/csv")),
    ]
}
