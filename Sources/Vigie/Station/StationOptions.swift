import ArgumentParser
import Configuration
import Foundation
import SystemPackage

/// The flags shared by `serve`, `demo` and the maintenance commands; each overrides its configuration key.
struct StationOptions: ParsableArguments {
    @Option(help: "JSON configuration file (keys documented in docs/configuration.md). Env: VIGIE_CONFIG.")
    var config: String?

    @Option(help: "Data directory, holding the SQLite database unless --database says otherwise. Key: data.directory.")
    var data: String?

    @Option(
        help:
            "Database URL: sqlite:///path/vigie.sqlite (default: vigie.sqlite in the data directory) or postgres://user:password@host:port/database. Key: database.url."
    )
    var database: String?

    @Option(name: .customLong("http-host"), help: "Address the console and API listen on. Key: http.host (default 127.0.0.1).")
    var httpHost: String?

    @Option(name: .customLong("http-port"), help: "Port of the console and API. Key: http.port (default 8080).")
    var httpPort: Int?

    @Option(name: .customLong("receiver-port"), help: "TCP and UDP port of the DC-09 receiver. Key: receiver.port (default 7777).")
    var receiverPort: Int?

    @Option(name: .customLong("smtp-port"), help: "Port of the SMTP receiver of camera alarm e-mails; 0 turns it off. Key: smtp.port (default 2525).")
    var smtpPort: Int?

    @Option(name: .customLong("push-port"), help: "Port of the HTTP receiver of camera event pushes; 0 turns it off. Key: push.port (default 8088).")
    var pushPort: Int?

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical. Key: log.level (default info).")
    var logLevel: String?

    /// The flags given on the command line, as configuration values that outrank the environment and the file.
    var overrides: [AbsoluteConfigKey: ConfigValue] {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        if let data { values["data.directory"] = ConfigValue(.string(data), isSecret: false) }
        if let database { values["database.url"] = ConfigValue(.string(database), isSecret: false) }
        if let httpHost { values["http.host"] = ConfigValue(.string(httpHost), isSecret: false) }
        if let httpPort { values["http.port"] = ConfigValue(.int(httpPort), isSecret: false) }
        if let receiverPort { values["receiver.port"] = ConfigValue(.int(receiverPort), isSecret: false) }
        if let smtpPort { values["smtp.port"] = ConfigValue(.int(smtpPort), isSecret: false) }
        if let pushPort { values["push.port"] = ConfigValue(.int(pushPort), isSecret: false) }
        if let logLevel { values["log.level"] = ConfigValue(.string(logLevel), isSecret: false) }
        return values
    }

    /// The station's configuration from flags, then `VIGIE_*` environment variables, then the JSON file, then
    /// built-in defaults; with the `VIGIE_*` variables that name no key, for the station to warn about.
    func configuration(
        defaultDataDirectory: String = "./vigie-data", environment: [String: String] = ProcessInfo.processInfo.environment,
        recorder: ConfigurationKeyRecorder = ConfigurationKeyRecorder()
    ) async throws -> StationConfiguration {
        var providers: [any ConfigProvider] = [
            InMemoryProvider(name: "flags", values: overrides),
            EnvironmentVariablesProvider(environmentVariables: environment).prefixKeys(with: "vigie"),
        ]
        if let file = config ?? environment["VIGIE_CONFIG"] {
            providers.append(try await FileProvider<JSONSnapshot>(filePath: .init(file)))
        }
        providers.append(InMemoryProvider(name: "defaults", values: ["data.directory": ConfigValue(.string(defaultDataDirectory), isSecret: false)]))
        var configuration = try StationConfiguration(reader: ConfigReader(providers: providers, accessReporter: recorder))
        configuration.ignoredVariables = EnvironmentVariableNames.unknown(in: environment, keys: recorder.keys)
        return configuration
    }
}
