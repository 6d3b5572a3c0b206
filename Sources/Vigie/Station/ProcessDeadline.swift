import Foundation
import Logging
import Synchronization
import VigieCore

/// The last resort of a bounded shutdown: once armed, the process exits when the deadline passes, whatever is
/// still running. A hung write must not keep a node alive (and its work lease held) for minutes.
///
/// A dispatch timer, not a task: it must fire even when every task is stuck.
final class ProcessDeadline: Sendable {
    private let armed = Atomic<Bool>(false)
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    /// Starts the countdown (once; later calls do nothing).
    func arm(after deadline: Duration, reason: String) {
        guard !armed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let logger = self.logger
        DispatchQueue.global().asyncAfter(deadline: .now() + deadline.timeInterval) {
            logger.critical("shutdown did not finish within its deadline; exiting now", metadata: ["reason": "\(reason)", "deadline": "\(deadline)"])
            fflush(nil)
            _exit(EXIT_FAILURE)
        }
    }
}
