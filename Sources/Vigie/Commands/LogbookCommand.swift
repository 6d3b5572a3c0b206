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

        /// Only reads, so that it works on a full disk. Exits 1 for a broken chain only; 2 when it could not check
        /// (no database, unreadable), so that a script never takes "could not look" for "tampered".
        func run() async throws {
            let configuration = try await options.configuration()
            let result: LogbookVerification
            do {
                result = try await Station.withStore(configuration, readOnly: true) { try await $0.store.verifyLogbook() }
            } catch {
                print("logbook NOT CHECKED: \(error)")
                throw ExitCode(2)
            }
            if let broken = result.firstBreak {
                print("logbook BROKEN at entry \(broken.sequence): \(broken.reason) (\(result.entriesChecked) entries intact before it)")
                throw ExitCode(1)
            }
            print("logbook intact: \(result.entriesChecked) entries verified")
        }
    }
}
