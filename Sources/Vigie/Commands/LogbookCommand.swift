import ArgumentParser
import Foundation
import VigieCore

/// `vigie logbook verify`: walks the hash chain and fails at the first altered, missing or inserted entry, or
/// when the logbook ends before the entry its anchor (``LogbookAnchor``) names.
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
            let anchorFile = LogbookAnchorFile(dataDirectory: configuration.dataDirectory)
            let result: LogbookVerification
            let anchor: LogbookAnchor?
            let contradiction: LogbookBreak?
            do {
                anchor = try anchorFile.read()
                (result, contradiction) = try await Station.withStore(configuration, readOnly: true) { open in
                    let result = try await open.store.verifyLogbook()
                    guard let anchor else { return (result, nil) }
                    let atAnchor = try await open.store.logbook(query: LogbookQuery(afterSequence: anchor.sequence - 1, limit: 1)).items.first
                    let newest = try await open.store.logbook(query: LogbookQuery(limit: 1)).items.first
                    return (result, anchor.contradiction(entryAtAnchor: atAnchor, newest: newest))
                }
            } catch {
                print("logbook NOT CHECKED: \(error)")
                throw ExitCode(2)
            }
            if let broken = result.firstBreak {
                print("logbook BROKEN at entry \(broken.sequence): \(broken.reason) (\(result.entriesChecked) entries intact before it)")
                throw ExitCode(1)
            }
            if let contradiction {
                print("logbook BROKEN at entry \(contradiction.sequence): \(contradiction.reason) (anchor: \(anchorFile.url.path))")
                throw ExitCode(1)
            }
            let anchored =
                anchor.map { "; its end matches the anchor of \($0.writtenAt.ISO8601Format()) (entry \($0.sequence))" }
                ?? "; no anchor to check its end against"
            print("logbook intact: \(result.entriesChecked) entries verified\(anchored)")
        }
    }
}
