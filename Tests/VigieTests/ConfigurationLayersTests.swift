import ArgumentParser
import Foundation
import Testing
import VigieReceivers

@testable import Vigie

/// Every key docs/configuration.md documents, read by the station from each layer that may give it: its
/// `VIGIE_*` environment variable, the JSON file, and its flag where it has one.
@Suite struct ConfigurationLayersTests {
    /// One row of the documentation's table.
    struct DocumentedKey: CustomTestStringConvertible, Sendable {
        var key: String
        var type: String
        var flag: String?
        var testDescription: String { key }

        /// The keys a key is read with: a Sur-Gard feed's port and heartbeat only matter once it has a host.
        var companions: [String: String] { key.hasPrefix("surgard.") && key != "surgard.host" ? ["VIGIE_SURGARD_HOST": "127.0.0.1"] : [:] }

        /// A valid value of the key, as text (an environment variable or a flag) and as JSON.
        var sample: (text: String, json: Any) {
            switch (key, type) {
            case ("data.directory", _): ("/tmp/vigie-layers", "/tmp/vigie-layers")
            case ("database.url", _): ("sqlite:///tmp/vigie-layers/vigie.sqlite", "sqlite:///tmp/vigie-layers/vigie.sqlite")
            case ("log.level", _): ("debug", "debug")
            case ("log.format", _): ("json", "json")
            case ("station.timeZone", _): ("America/Cayenne", "America/Cayenne")
            case ("auth.bcryptCost", _): ("10", 10)
            case ("alarms.deadManReleaseSeconds", _): ("400", 400)
            case (_, "int"): ("45", 45)
            case (_, "bool"): ("true", true)
            case (_, "list"): ("holdUp,fire", ["holdUp", "fire"])
            default: ("127.0.0.1", "127.0.0.1")
            }
        }
    }

    /// The table's rows; `<category>` stands for each category, and is read as one of them.
    static let documented: [DocumentedKey] = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/configuration.md")
        let text = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count > 5, cells[1].hasPrefix("`") else { return nil }
            let key = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")).replacing("<category>", with: "burglary")
            let flag = cells[4].isEmpty ? nil : cells[4].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            return DocumentedKey(key: key, type: cells[2], flag: flag)
        }
    }()

    @Test func theDocumentationListsTheKeys() {
        #expect(Self.documented.count > 40)
        #expect(Self.documented.contains { $0.key == "receiver.maximumConnections" })
    }

    /// Reads the station's configuration with `arguments` and `environment`, and says which layer gave `key`.
    private func source(of key: String, arguments: [String] = [], environment: [String: String] = [:]) async throws -> String? {
        let recorder = ConfigurationKeyRecorder()
        _ = try await StationOptions.parse(arguments).configuration(environment: environment, recorder: recorder)
        return recorder.source(of: key)
    }

    @Test(arguments: documented)
    func eachKeyIsReadFromItsEnvironmentVariable(documented: DocumentedKey) async throws {
        let variable = EnvironmentVariableNames.name(of: documented.key)
        let source = try await source(
            of: documented.key, environment: documented.companions.merging([variable: documented.sample.text]) { $1 })
        #expect(source?.contains("nvironment") == true, "\(variable) → \(source ?? "never read")")
    }

    @Test(arguments: documented)
    func eachKeyIsReadFromTheFile(documented: DocumentedKey) async throws {
        var json: Any = documented.sample.json
        for component in documented.key.split(separator: ".").reversed() { json = [String(component): json] }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-layers-\(UUID()).json")
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let source = try await source(of: documented.key, arguments: ["--config", file.path], environment: documented.companions)
        #expect(source?.contains("File") == true || source?.contains("json") == true, "\(source ?? "never read")")
    }

    @Test(arguments: documented.filter { $0.flag != nil })
    func eachFlagGivesItsKeyAndOutranksTheOtherLayers(documented: DocumentedKey) async throws {
        let flag = try #require(documented.flag)
        let variable = EnvironmentVariableNames.name(of: documented.key)
        let source = try await source(
            of: documented.key, arguments: [flag, documented.sample.text], environment: [variable: documented.sample.text])
        #expect(source?.contains("flags") == true, "\(source ?? "never read")")
    }

    @Test func aMisspeltVariableIsReportedWithTheOneItMeant() async throws {
        let configuration = try await StationOptions.parse([]).configuration(environment: [
            "VIGIE_RECEIVER_MAXIMUMCONNECTIONS": "100", "VIGIE_RECEIVER_MAXIMUM_CONNECTIONS": "100", "VIGIE_CONFIG_TYPO": "x", "PATH": "/bin",
        ])
        #expect(configuration.receiver.maximumConnections == 100)
        let ignored = configuration.ignoredVariables.map { "\($0.variable)→\($0.meant ?? "")" }
        #expect(ignored == ["VIGIE_CONFIG_TYPO→", "VIGIE_RECEIVER_MAXIMUMCONNECTIONS→VIGIE_RECEIVER_MAXIMUM_CONNECTIONS"])
    }

    @Test func theEnvironmentOutranksTheFile() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vigie-layers-\(UUID()).json")
        try Data(#"{"receiver": {"maximumConnections": 300}}"#.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let configuration = try await StationOptions.parse(["--config", file.path]).configuration(environment: [
            "VIGIE_RECEIVER_MAXIMUM_CONNECTIONS": "200"
        ])
        #expect(configuration.receiver.maximumConnections == 200)
    }
}
