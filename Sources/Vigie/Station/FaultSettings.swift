import Configuration
import VigieEngine
import VigieReceivers

/// The deadlines and thresholds by which the station lives through its own faults (DESIGN invariant 8).
///
/// Keys:
/// - `faults.commitTimeoutSeconds` (int, 5): a signal commit taking longer fails its batch; panels retry
/// - `faults.stallSeconds` (int, 10): signals waiting this long with no commit make `/healthz` answer 503
/// - `faults.stallExitSeconds` (int, 60): …and a stall this long stops the station for its supervisor to restart
/// - `shutdown.timeoutSeconds` (int, 10): graceful drain on SIGTERM; the process exits at most 5 s after it
/// - `disk.minimumFreeMegabytes` (int, 1024), `disk.minimumFreePercent` (int, 5), `disk.minimumMinutes` (int, 120):
///   the DISK-LOW station alarm, raised when the data volume's free space falls below either size or would last
///   less than this at the rate it is being used
struct FaultSettings: Sendable {
    var commitTimeout: Duration
    var watchdog: IngestWatchdog.Configuration
    var shutdownTimeout: Duration
    var disk: StationMonitor.DiskThresholds

    /// Past the graceful drain, cancelled services get this long before the process exits.
    static let cancellationGrace: Duration = .seconds(5)

    init(reader: ConfigReader) throws {
        commitTimeout = .seconds(try Self.positive(reader, "faults.commitTimeoutSeconds", default: 5))
        watchdog = IngestWatchdog.Configuration()
        watchdog.stallAfter = .seconds(try Self.positive(reader, "faults.stallSeconds", default: 10))
        let exit = try Self.positive(reader, "faults.stallExitSeconds", default: 60)
        guard Duration.seconds(exit) > watchdog.stallAfter else {
            throw ConfigurationError.invalid(key: "faults.stallExitSeconds", value: "\(exit)", expected: "more than faults.stallSeconds")
        }
        watchdog.exitAfter = .seconds(exit)
        shutdownTimeout = .seconds(try Self.positive(reader, "shutdown.timeoutSeconds", default: 10))
        disk = StationMonitor.DiskThresholds(
            minimumFreeBytes: Int64(try Self.positive(reader, "disk.minimumFreeMegabytes", default: 1024)) * 1_048_576,
            minimumFreeFraction: Double(try Self.positive(reader, "disk.minimumFreePercent", default: 5)) / 100,
            minimumMinutesLeft: Double(try Self.positive(reader, "disk.minimumMinutes", default: 120)))
    }

    private static func positive(_ reader: ConfigReader, _ key: String, default value: Int) throws -> Int {
        try AlarmSettings.positive(reader, key, default: value)
    }
}
