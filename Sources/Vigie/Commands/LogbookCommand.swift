import ArgumentParser
import VigieCore

/// `vigie logbook verify`: walks the hash chain and fails at the first altered, missing or inserted entry.
struct LogbookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logbook", abstract: "Check the logbook (main courante).", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify", abstract: "Verify the logbook's hash chain; exits non-zero at the first broken link.")

        @OptionGroup var options: StationOptions

        func run() async throws {
            let configuration = try StationConfiguration(reader: try await options.reader())
            let result = try await Station.withStore(configuration) { try await $0.store.verifyLogbook() }
            if let broken = result.firstBreak {
                print("logbook BROKEN at entry \(broken.sequence): \(broken.reason) (\(result.entriesChecked) entries intact before it)")
                throw ExitCode(1)
            }
            print("logbook intact: \(result.entriesChecked) entries verified")
        }
    }
}
