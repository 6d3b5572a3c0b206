import Configuration
import Foundation
import Logging
import VigieCore
import VigieReceivers
import VigieWeb

/// Everything `vigie serve` needs to know, read once at start-up.
///
/// Keys (JSON file path, `VIGIE_` environment variable, flag):
/// - `data.directory` (string, default `./vigie-data`; `VIGIE_DATA_DIRECTORY`; `--data`)
/// - `database.url` (string, default `sqlite://<data.directory>/vigie.sqlite`, or `postgres://…` for a store shared by
///   several nodes, see ``DatabaseLocation``; `VIGIE_DATABASE_URL`; `--database`)
/// - `http.host` (string, default `127.0.0.1`; `VIGIE_HTTP_HOST`; `--http-host`), `http.port` (int, default 8080),
///   `http.requestHeadSeconds` (int, 10), `http.idleSeconds` (int, 60), `http.maximumConnections` (int, 1024)
/// - `log.level` (string, default `info`), `log.format` (`text` or `json`, default `text`)
/// - `sessions.maximumAgeMinutes` (int, 780), `sessions.idleMinutes` (int, 30), `sessions.maximumFailedAttempts` (int, 5),
///   `sessions.lockMinutes` (int, 15), `sessions.secureCookie` (bool, false)
/// - `auth.bcryptCost` (int 4–16, default 12)
/// - `metrics.token` (secret string, optional): bearer token for Prometheus scrapes
/// - `station.timeZone` (IANA zone, `Europe/Paris`): the zone of station time on every screen
/// - `receiver.host` (string, `0.0.0.0`), `receiver.port` (int, 7777; `--receiver-port`), `receiver.maximumConnections` (int, 20000),
///   `receiver.idleSeconds` (int, 300), `receiver.maximumFrameLength` (int, 4106), `receiver.maximumAgeSeconds` (int, 40),
///   `receiver.maximumAdvanceSeconds` (int, 20), `receiver.maximumDatagramsInFlight` (int, 4096)
/// - `smtp.host` (string, `0.0.0.0`), `smtp.port` (int, 2525; `--smtp-port`; 0 turns the receiver off), `smtp.domain` (string,
///   `vigie`), `smtp.maximumMessageBytes` (int, 26214400), `smtp.username` and `smtp.password` (secret; AUTH required when set)
/// - `push.host` (string, `0.0.0.0`), `push.port` (int, 8088; `--push-port`; 0 turns the receiver off),
///   `push.maximumBodyBytes` (int, 16777216)
/// - `media.directory` (string, `<data.directory>/media`; a shared path with PostgreSQL), `media.retentionDays` (int, 30),
///   `media.clipSeconds` (int, 10; 0 records no clip), `media.ffmpeg` (string, `ffmpeg`), `media.liveViewMinutes` (int, 10;
///   0: no live view), `media.maximumLiveViews` (int, 8)
/// - `surgard.host` (string, optional: no feed without it), `surgard.port` (int, 1025), `surgard.heartbeatSeconds` (int, 90)
/// - `alarms.*`: the alarm rules and handling clocks, see ``AlarmSettings``
/// - `faults.*`, `shutdown.*`, `disk.*`: deadlines and thresholds of fault handling, see ``FaultSettings``
struct StationConfiguration: Sendable {
    var dataDirectory: String
    var databaseURL: String
    var web: WebConfiguration
    var receiver: DC09ReceiverConfiguration
    /// A Sur-Gard hardware receiver's automation output to read, when the station has one.
    var surGard: SurGardFeedConfiguration?
    /// The receiver of camera alarm e-mails; `nil` when turned off (`smtp.port` 0).
    var smtp: SMTPReceiverConfiguration?
    /// The receiver of the events cameras push over HTTP; `nil` when turned off (`push.port` 0).
    var push: CameraPushConfiguration?
    var media: MediaSettings
    var alarms: AlarmSettings
    var faults: FaultSettings
    var logLevel: Logger.Level
    var logFormat: LogFormat
    /// `VIGIE_*` environment variables that name no key (each with the variable it most likely meant): ignored,
    /// and said so in the log at start-up.
    var ignoredVariables: [(variable: String, meant: String?)] = []

    enum LogFormat: String, Sendable { case text, json }

    init(reader: ConfigReader) throws {
        dataDirectory = reader.string(forKey: "data.directory", default: "./vigie-data")
        databaseURL =
            reader.string(forKey: "database.url") ?? "sqlite://" + URL(fileURLWithPath: dataDirectory).appendingPathComponent("vigie.sqlite").path
        let levelText = reader.string(forKey: "log.level", default: "info")
        guard let level = Logger.Level(rawValue: levelText) else {
            throw ConfigurationError.invalid(key: "log.level", value: levelText, expected: "trace, debug, info, notice, warning, error or critical")
        }
        logLevel = level
        let formatText = reader.string(forKey: "log.format", default: "text")
        guard let format = LogFormat(rawValue: formatText) else {
            throw ConfigurationError.invalid(key: "log.format", value: formatText, expected: "text or json")
        }
        logFormat = format
        let port = reader.int(forKey: "http.port", default: 8080)
        guard (0...65535).contains(port) else { throw ConfigurationError.invalid(key: "http.port", value: "\(port)", expected: "0 to 65535") }
        let cost = reader.int(forKey: "auth.bcryptCost", default: 12)
        guard (4...16).contains(cost) else { throw ConfigurationError.invalid(key: "auth.bcryptCost", value: "\(cost)", expected: "4 to 16") }
        let sessions = SessionPolicy(
            maximumAge: TimeInterval(reader.int(forKey: "sessions.maximumAgeMinutes", default: 780) * 60),
            idleTimeout: TimeInterval(reader.int(forKey: "sessions.idleMinutes", default: 30) * 60),
            maximumFailedAttempts: reader.int(forKey: "sessions.maximumFailedAttempts", default: 5),
            lockDuration: TimeInterval(reader.int(forKey: "sessions.lockMinutes", default: 15) * 60),
            secureCookie: reader.bool(forKey: "sessions.secureCookie", default: false))
        let receiverPort = reader.int(forKey: "receiver.port", default: 7777)
        guard (0...65535).contains(receiverPort) else {
            throw ConfigurationError.invalid(key: "receiver.port", value: "\(receiverPort)", expected: "0 to 65535")
        }
        receiver = DC09ReceiverConfiguration(
            host: reader.string(forKey: "receiver.host", default: "0.0.0.0"), port: receiverPort,
            maximumFrameLength: reader.int(forKey: "receiver.maximumFrameLength", default: 4106),
            idleTimeout: .seconds(reader.int(forKey: "receiver.idleSeconds", default: 300)),
            maximumConnections: reader.int(forKey: "receiver.maximumConnections", default: 20_000),
            maximumAge: Int64(reader.int(forKey: "receiver.maximumAgeSeconds", default: 40)),
            maximumAdvance: Int64(reader.int(forKey: "receiver.maximumAdvanceSeconds", default: 20)),
            maximumDatagramsInFlight: reader.int(forKey: "receiver.maximumDatagramsInFlight", default: 4096))
        receiver.maximumConnectionsPerAddress = try AlarmSettings.positive(reader, "receiver.maximumConnectionsPerAddress", default: 1000)
        receiver.firstFrameTimeout = .seconds(try AlarmSettings.positive(reader, "receiver.firstFrameSeconds", default: 30))
        receiver.maximumConsecutiveBadFrames = try AlarmSettings.positive(reader, "receiver.maximumConsecutiveBadFrames", default: 5)
        surGard = reader.string(forKey: "surgard.host").map { host in
            SurGardFeedConfiguration(
                host: host, port: reader.int(forKey: "surgard.port", default: 1025),
                heartbeatTimeout: .seconds(reader.int(forKey: "surgard.heartbeatSeconds", default: 90)))
        }
        let smtpPort = reader.int(forKey: "smtp.port", default: 2525)
        guard (0...65535).contains(smtpPort) else {
            throw ConfigurationError.invalid(key: "smtp.port", value: "\(smtpPort)", expected: "0 (off) to 65535")
        }
        if smtpPort > 0 {
            let username = reader.string(forKey: "smtp.username")
            let password = reader.string(forKey: "smtp.password", isSecret: true)
            smtp = SMTPReceiverConfiguration(
                host: reader.string(forKey: "smtp.host", default: "0.0.0.0"), port: smtpPort,
                domain: reader.string(forKey: "smtp.domain", default: "vigie"),
                maximumMessageBytes: try AlarmSettings.positive(reader, "smtp.maximumMessageBytes", default: 25 * 1024 * 1024),
                credentials: username.map { SMTPCredentials(username: $0, password: password ?? "") })
        }
        let pushPort = reader.int(forKey: "push.port", default: 8088)
        guard (0...65535).contains(pushPort) else {
            throw ConfigurationError.invalid(key: "push.port", value: "\(pushPort)", expected: "0 (off) to 65535")
        }
        if pushPort > 0 {
            push = CameraPushConfiguration(
                host: reader.string(forKey: "push.host", default: "0.0.0.0"), port: pushPort,
                maximumBodyBytes: try AlarmSettings.positive(reader, "push.maximumBodyBytes", default: 16 * 1024 * 1024))
        }
        media = MediaSettings(
            directory: reader.string(forKey: "media.directory") ?? URL(fileURLWithPath: dataDirectory).appendingPathComponent("media").path,
            retentionDays: try AlarmSettings.positive(reader, "media.retentionDays", default: 30))
        media.clipSeconds = reader.int(forKey: "media.clipSeconds", default: 10)
        guard (0...120).contains(media.clipSeconds) else {
            throw ConfigurationError.invalid(key: "media.clipSeconds", value: "\(media.clipSeconds)", expected: "0 (no clips) to 120")
        }
        media.ffmpeg = reader.string(forKey: "media.ffmpeg", default: "ffmpeg")
        media.liveViewMinutes = reader.int(forKey: "media.liveViewMinutes", default: 10)
        guard (0...240).contains(media.liveViewMinutes) else {
            throw ConfigurationError.invalid(key: "media.liveViewMinutes", value: "\(media.liveViewMinutes)", expected: "0 (no live view) to 240")
        }
        media.maximumLiveViews = try AlarmSettings.positive(reader, "media.maximumLiveViews", default: 8)
        alarms = try AlarmSettings(reader: reader)
        faults = try FaultSettings(reader: reader)
        web = WebConfiguration(
            host: reader.string(forKey: "http.host", default: "127.0.0.1"), port: port, sessions: sessions, bcryptCost: UInt8(cost),
            metricsToken: reader.string(forKey: "metrics.token", isSecret: true), alarmPolicy: alarms.policy,
            requestHeadTimeout: .seconds(reader.int(forKey: "http.requestHeadSeconds", default: 10)),
            idleTimeout: .seconds(reader.int(forKey: "http.idleSeconds", default: 60)))
        web.maximumConnections = reader.int(forKey: "http.maximumConnections", default: 1024)
        web.publicDirectory = reader.string(forKey: "http.publicDirectory")
        web.mediaDirectory = media.directory
        web.liveViewWindow = LiveViewWindow(minutes: media.liveViewMinutes)
        web.maximumLiveViews = media.maximumLiveViews
        web.stationTimeZone = reader.string(forKey: "station.timeZone", default: "Europe/Paris")
        guard TimeZone(identifier: web.stationTimeZone) != nil else {
            throw ConfigurationError.invalid(key: "station.timeZone", value: web.stationTimeZone, expected: "an IANA time zone such as Europe/Paris")
        }
    }
}

/// A configuration value that cannot be used, named with the key to fix.
enum ConfigurationError: Error, CustomStringConvertible {
    case invalid(key: String, value: String, expected: String)

    var description: String {
        switch self {
        case .invalid(let key, let value, let expected): "configuration key \(key) is \"\(value)\"; expected \(expected)"
        }
    }
}
