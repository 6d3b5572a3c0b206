import Logging
import ServiceLifecycle
import UnixSignals
import VigieSimulator

/// Pauses or resumes the demo's traffic at each SIGUSR1 (`kill -USR1 <pid>`), and says so in the log, so that a
/// trainer can quiet a running demo to play one story and let it live again afterwards.
struct DemoTrafficToggle: Service {
    let pause: TrafficPause
    let logger: Logger
    private let signals: UnixSignalsSequence

    /// Traps SIGUSR1 at once, before the station starts: left to its default action, a signal sent as soon as
    /// the console answers would end the process.
    init(pause: TrafficPause, logger: Logger) async {
        self.pause = pause
        self.logger = logger
        signals = await UnixSignalsSequence(trapping: .sigusr1)
    }

    func run() async throws {
        for await _ in signals.cancelOnGracefulShutdown() {
            if pause.toggle() {
                logger.notice("demo traffic paused: the panels only poll; SIGUSR1 resumes it")
            } else {
                logger.notice("demo traffic resumed; SIGUSR1 pauses it")
            }
        }
    }
}
