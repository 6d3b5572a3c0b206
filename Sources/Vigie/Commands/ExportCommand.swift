import ArgumentParser
import Foundation
import VigieCore

/// `vigie export --output DIR`: writes the customer base in the import's format, so it can be imported back.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export customers, sites, transmitters, zones, contacts and devices as CSV files that `vigie import` reads back.")

    @Option(help: "Folder to write customers.csv, sites.csv, transmitters.csv, zones.csv, contacts.csv and devices.csv into.")
    var output: String

    @Flag(
        help: "Include AES keys, code words, duress words and device passwords (otherwise their cells are empty, which an import reads as 'keep')."
    )
    var includeSecrets = false

    @Flag(help: "Separate cells with ';' as the French edition of Excel expects.")
    var semicolon = false

    @Flag(help: "French headers and file names (clients.csv, code_postal…); `vigie import` reads either.")
    var french = false

    @OptionGroup var options: StationOptions

    func run() async throws {
        let configuration = try await options.configuration()
        let existing = try await Station.withStore(configuration) { try await ExistingConfiguration.load(from: $0.store) }
        let folder = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for kind in ExchangeKind.allCases {
            let headers: CSVHeaders = french ? .french : .english
            let text = ConfigurationExport.csv(
                kind, from: existing, includeSecrets: includeSecrets, delimiter: semicolon ? ";" : ",", headers: headers)
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(kind.fileStem(headers)).csv"), options: .atomic)
        }
        print(
            "exported \(existing.customers.count) customers, \(existing.sites.count) sites, \(existing.transmitters.count) transmitters, "
                + "\(existing.zones.count) zones, \(existing.contacts.count) contacts, \(existing.devices.count) devices to \(folder.path)")
    }
}
