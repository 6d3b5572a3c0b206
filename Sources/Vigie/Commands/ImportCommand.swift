import ArgumentParser
import Foundation
import VigieCore

/// `vigie import FILE…`: loads an ARC's customer base from CSV files, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import customers, sites, transmitters, zones and contacts from CSV files (all or nothing).",
        discussion: """
            Each file's name says what it holds: customers.csv (or clients.csv), sites.csv, transmitters.csv \
            (transmetteurs.csv), zones.csv, contacts.csv. Columns and accepted values: docs/import-export.md. \
            Every bad line is reported with its reason; if there is one, nothing is written.
            """)

    @Argument(help: "CSV files to import.", completion: .file(extensions: ["csv"]))
    var files: [String]

    @Flag(help: "Check every line and report what would change, without writing anything.")
    var dryRun = false

    @OptionGroup var options: StationOptions

    func run() async throws {
        let configuration = try await options.configuration()
        var inputs: [ImportFile] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
            guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else {
                throw ValidationError("\(path) is neither UTF-8 nor Windows-1252 text")
            }
            inputs.append(ImportFile(name: URL(fileURLWithPath: path).lastPathComponent, text: text))
        }
        let dryRun = dryRun
        let report = try await Station.withStore(configuration) { opened in
            try await ConfigurationImporter.run(inputs, dryRun: dryRun, store: opened.store, by: Author(userID: nil, name: "cli"))
        }
        for problem in report.problems { print(problem) }
        let counts = "\(report.counts.created) created, \(report.counts.updated) updated, \(report.counts.unchanged) unchanged"
        if !report.problems.isEmpty {
            print("\(report.problems.count) problem(s): nothing was written")
            throw ExitCode(1)
        }
        print(report.dryRun ? "dry run, nothing written; would make \(counts)" : "imported: \(counts)")
    }
}
