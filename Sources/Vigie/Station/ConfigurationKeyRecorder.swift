import Configuration
import Synchronization

/// Remembers every configuration key the station reads, and which layer gave it: what lets start-up tell an
/// administrator that a `VIGIE_*` variable they set names no key (and is therefore ignored), and lets the tests
/// check that each documented key is read from every layer.
final class ConfigurationKeyRecorder: AccessReporter, Sendable {
    private let sources = Mutex<[String: String]>([:])

    func report(_ event: AccessEvent) {
        let key = event.metadata.key.components.joined(separator: ".")
        let answered = event.providerResults.first { result in (try? result.result.get())?.value != nil }
        sources.withLock { $0[key] = answered?.providerName ?? "" }
    }

    /// The keys read so far.
    var keys: Set<String> { sources.withLock { Set($0.keys) } }

    /// The name of the provider that gave `key` its value, empty when none did (its default applies), `nil` if the
    /// station never read it.
    func source(of key: String) -> String? { sources.withLock { $0[key] } }
}
